// A scripted model for the fake LLM server (loaded with `--responder` in its own process): every
// request is clear, the seed asks for hello.txt, the agent writes it, the judge approves. Each
// reply waits BENCH_LLM_LATENCY_MS (default 0) before its headers, like a provider's latency.
// Everything goes over the real Anthropic wire protocol.
import type { FakeLlmReply, FakeLlmRequest } from '@oxios/testkit';

const latencyMs = Number(process.env.BENCH_LLM_LATENCY_MS ?? '0');

const call = (name: string, args: Record<string, unknown>): FakeLlmReply => ({
  toolCalls: [{ name, arguments: args }],
  stopReason: 'toolUse',
});

const dimension = { score: 0.95, justification: 'clear' };

const seed = {
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
};

const judgement = {
  score: 0.9,
  criterionMet: true,
  goalAlignment: 0.9,
  drift: 0,
  uncertainty: 0.1,
  rewardHackingRisk: 0,
  reasoning: 'ok',
  evidence: [],
};

function answer(request: FakeLlmRequest): FakeLlmReply {
  const forced = request.tools.length === 1 ? request.tools[0]?.name : undefined;
  if (forced === 'clarity_scores')
    return call(forced, { goal: dimension, constraints: dimension, successCriteria: dimension });
  if (forced === 'seed') return call(forced, seed);
  if (forced === 'semantic_judgement') return call(forced, judgement);
  if (forced === 'consensus_vote') return call(forced, { approved: true, confidence: 0.9, reasoning: 'fine' });
  // The agent: write the file, then finish.
  return request.messages.at(-1)?.role === 'tool'
    ? { text: 'Wrote hello.txt.' }
    : { toolCalls: [{ name: 'write', arguments: { path: 'hello.txt', content: 'hello\n' } }], stopReason: 'toolUse' };
}

/** The responder: the scripted answer, sent after the configured latency. */
export default function respond(request: FakeLlmRequest): FakeLlmReply {
  const reply = answer(request);
  return latencyMs > 0 ? { ...reply, delayMs: latencyMs } : reply;
}
