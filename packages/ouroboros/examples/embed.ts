// Embed the Ouroboros protocol: pure gates and scores, an engine over your own LLM port, events.
import {
  checkSeedGate,
  computeAmbiguity,
  createOuroborosEngine,
  replaySession,
  type ProtocolEvent,
} from '@oxios/ouroboros';
import { createScriptedPort, jsonValue } from '@oxios/ouroboros/testing';

// The interview → seed gate: ambiguity = 1 − Σ clarity·weight must be ≤ 0.2 (or explicitly forced).
const score = computeAmbiguity({ goal: 0.9, constraints: 0.8, successCriteria: 0.7 }, { brownfield: false });
const gate = score.andThen((ambiguity) => checkSeedGate({ ambiguity }));
console.log(`ambiguity ${score.map((value) => value.overall).unwrapOr(1)}, gate ${gate.isOk() ? 'open' : 'closed'}`);

// A host implements LlmPort over its LLM SDK; this scripted port stands in for one.
const engine = createOuroborosEngine({ port: createScriptedPort([jsonValue({ question: 'Where do tasks live?' })]) });
const transcript = { idea: 'A to-do list for my terminal', rounds: [] };
const question = await engine.generateQuestion({ transcript, brownfield: false });
if (question.isErr()) throw new Error(`${question.error.code}: ${question.error.message}`);

// Every step is an event; a session's state is the fold of its events.
const at = new Date().toISOString();
const events: ProtocolEvent[] = [
  { type: 'session-started', sessionId: 's1', at, idea: transcript.idea, brownfield: false },
  { type: 'interview-question-asked', sessionId: 's1', at, round: 1, question: question.value },
];
const state = replaySession(events);
console.log(state.isOk() ? `${state.value.phase}: ${state.value.rounds[0]?.question}` : state.error.message);
