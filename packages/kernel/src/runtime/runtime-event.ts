import type { AgentRuntimeEvent } from './agent/agent-runtime-event.js';
import type { LlmEvent } from './llm/llm-event.js';

/** Every event of the runtime subsystem: the LLM engine's and the agent runs'. */
export type RuntimeEvent = LlmEvent | AgentRuntimeEvent;
