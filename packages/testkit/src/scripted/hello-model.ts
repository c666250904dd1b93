import type { FakeLlmReply, FakeLlmRequest } from '../fake-llm/types.js';

/**
 * A scripted model for the fake LLM server that takes every request through the whole Ouroboros
 * loop to a pass: each clarity score is clear, the seed asks for `hello.txt` saying hello (checked
 * by `cat hello.txt`), the agent writes it with the `write` tool and then finishes, the judge and
 * every consensus vote approve. Tests and benches that need "a request that simply works" share it.
 */

/** A forced tool call reply. */
export function toolCallReply(name: string, args: Record<string, unknown>): FakeLlmReply {
  return { toolCalls: [{ name, arguments: args }], stopReason: 'toolUse' };
}

const CLEAR = { score: 0.95, justification: 'clear' };

/** The `clarity_scores` arguments of a fully clear request. */
export const HELLO_CLARITY = { goal: CLEAR, constraints: CLEAR, successCriteria: CLEAR } as const;

/** The `seed` arguments: write hello.txt that says hello. */
export const HELLO_SEED = {
  goal: 'Write hello.txt containing hello',
  taskType: 'code',
  constraints: [],
  acceptanceCriteria: [
    {
      description: 'hello.txt says hello',
      verify: ['cat', 'hello.txt'],
      expectedArtifacts: ['hello.txt'],
      outputAssertion: 'hello',
    },
  ],
  ontology: {
    name: 'Greeting',
    description: 'a file',
    fields: [{ name: 'text', type: 'string', description: 'text', required: true }],
  },
  evaluationPrinciples: [{ name: 'correct', description: 'says hello', weight: 1 }],
  exitConditions: [{ name: 'done', description: 'file exists', criteria: 'hello.txt exists' }],
} as const;

/** The `semantic_judgement` arguments of an approving judge. */
export const APPROVING_JUDGEMENT = {
  score: 0.9,
  criterionMet: true,
  goalAlignment: 0.9,
  drift: 0,
  uncertainty: 0.1,
  rewardHackingRisk: 0,
  reasoning: 'ok',
  evidence: [],
} as const;

/** The tool a request forces (the loop's structured steps offer exactly one), if any. */
export function forcedTool(request: FakeLlmRequest): string | undefined {
  return request.tools.length === 1 ? request.tools[0]?.name : undefined;
}

/** Options of {@link helloModel}. */
export interface HelloModelOptions {
  /** The seed's goal for this request (default: HELLO_SEED's). */
  readonly goal?: (request: FakeLlmRequest) => string;
}

/** Answers one request of the hello loop (see the module comment). */
export function helloModel(request: FakeLlmRequest, options: HelloModelOptions = {}): FakeLlmReply {
  const forced = forcedTool(request);
  if (forced === 'clarity_scores') return toolCallReply(forced, HELLO_CLARITY);
  if (forced === 'seed')
    return toolCallReply(forced, { ...HELLO_SEED, goal: options.goal?.(request) ?? HELLO_SEED.goal });
  if (forced === 'semantic_judgement') return toolCallReply(forced, APPROVING_JUDGEMENT);
  if (forced === 'consensus_vote') return toolCallReply(forced, { approved: true, confidence: 0.9, reasoning: 'fine' });
  // The agent: write the file, then finish.
  return request.messages.at(-1)?.role === 'tool'
    ? { text: 'Wrote hello.txt.' }
    : toolCallReply('write', { path: 'hello.txt', content: 'hello\n' });
}
