import type { FakeLlmReply, FakeLlmRequest } from '@oxios/testkit';

// A model that finds every request clear, extracts a hello.txt seed, and as the agent writes it.
export function respond(request: FakeLlmRequest): FakeLlmReply {
  const tool = (request.tools.length === 1 ? request.tools[0]?.name : undefined) ?? '';
  const call = (name: string, args: Record<string, unknown>): FakeLlmReply => ({
    toolCalls: [{ name, arguments: args }],
    stopReason: 'toolUse',
  });
  const dimension = { score: 0.95, justification: 'clear' };
  switch (tool) {
    case 'clarity_scores':
      return call(tool, { goal: dimension, constraints: dimension, successCriteria: dimension });
    case 'seed':
      return call(tool, {
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
      });
    case 'semantic_judgement':
      return call(tool, {
        score: 0.9,
        criterionMet: true,
        goalAlignment: 0.9,
        drift: 0,
        uncertainty: 0.1,
        rewardHackingRisk: 0,
        reasoning: 'ok',
        evidence: [],
      });
    default:
      return request.messages.at(-1)?.role === 'tool'
        ? { text: 'Wrote hello.txt.' }
        : {
            toolCalls: [{ name: 'write', arguments: { path: 'hello.txt', content: 'hello\n' } }],
            stopReason: 'toolUse',
          };
  }
}

/** config.toml aiming the default model at a fake LLM whose key is in FAKE_LLM_KEY. */
export const fakeLlmToml = (anthropicBaseUrl: string): string =>
  [
    '[llm]',
    'default_model = "fake/claude-sonnet-4-5"',
    '[llm.providers.fake]',
    'kind = "anthropic"',
    `base_url = "${anthropicBaseUrl}"`,
    'api_key_env = "FAKE_LLM_KEY"',
  ].join('\n');
