/**
 * @oxios/ouroboros/testing — test doubles for hosts that embed the engine: a scripted, in-memory
 * LLM port.
 */
export { createScriptedPort, jsonText, jsonValue, type ScriptedPort, type ScriptedStep } from './scripted-port.js';
