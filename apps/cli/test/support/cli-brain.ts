import type { FakeLlmReply, FakeLlmRequest } from '@oxios/testkit';

// A scripted model behind the fake LLM server, for the CLI's end-to-end tests. It answers the
// Ouroboros engine's structured requests (forced tool calls) and plays the agent, over the real
// wire protocol. A request that says "unclear" is scored ambiguous until it has an answer, so the
// engine interviews (the protocol then asks at least 4 questions: 3 rounds before scoring, and two
// qualifying scores in a row); any other request is clear at once.

const call = (name: string, args: Record<string, unknown>): FakeLlmReply => ({
  toolCalls: [{ name, arguments: args }],
  stopReason: 'toolUse',
});

/** The request is ambiguous until it has an answer. */
const isClear = (idea: string, answers: readonly string[]): boolean => !/\bunclear\b/.test(idea) || answers.length > 0;

function seedFor(idea: string, answers: readonly string[]): Record<string, unknown> {
  return {
    goal: `Write hello.txt containing the word hello. Request: ${idea}`,
    taskType: 'code',
    constraints: ['only touch the workspace', ...answers.map((answer) => `the person said: ${answer}`)],
    acceptanceCriteria: [
      {
        description: 'hello.txt contains hello',
        verify: ['cat', 'hello.txt'],
        expectedArtifacts: ['hello.txt'],
        outputAssertion: 'hello',
      },
    ],
    ontology: {
      name: 'Greeting',
      description: 'a greeting file',
      fields: [{ name: 'text', type: 'string', description: 'the greeting', required: true }],
    },
    evaluationPrinciples: [{ name: 'correctness', description: 'the file says hello', weight: 1 }],
    exitConditions: [{ name: 'done', description: 'the file exists', criteria: 'hello.txt exists' }],
  };
}

/** Options of {@link createCliBrain}. */
export interface CliBrainOptions {
  /** Awaited before the agent's first step, e.g. to hold the run while a test presses Ctrl-C. */
  readonly beforeAgent?: (idea: string) => Promise<void> | undefined;
}

/** Every request the brain saw, for assertions. */
export interface CliBrainLog {
  readonly structured: { readonly tool: string; readonly idea: string; readonly answers: readonly string[] }[];
}

/** Creates the responder and its log. */
export function createCliBrain(options: CliBrainOptions = {}): {
  respond: (request: FakeLlmRequest) => Promise<FakeLlmReply>;
  log: CliBrainLog;
} {
  const log: CliBrainLog = { structured: [] };
  const respond = async (request: FakeLlmRequest): Promise<FakeLlmReply> => {
    const forced = request.tools.length === 1 ? request.tools[0]?.name : undefined;
    const users = request.messages.filter((message) => message.role === 'user').map((message) => message.text);
    const idea = users[0] ?? '';
    const answers = users.slice(1);
    // A request that says "broken" meets a model that refuses every call.
    if (idea.includes('broken')) return { status: 400, message: 'the model refuses (scripted)' };
    switch (forced) {
      case 'clarity_scores': {
        log.structured.push({ tool: forced, idea, answers });
        const score = isClear(idea, answers) ? 0.95 : 0.3;
        const dimension = { score, justification: 'scripted' };
        return call(forced, { goal: dimension, constraints: dimension, successCriteria: dimension });
      }
      case 'interview_question':
        log.structured.push({ tool: forced, idea, answers });
        return call(forced, { question: `Question ${answers.length + 1}: what should hello.txt say?` });
      case 'seed':
        log.structured.push({ tool: forced, idea, answers });
        return call(forced, seedFor(idea, answers));
      case 'semantic_judgement':
        return call(forced, {
          score: 0.95,
          criterionMet: true,
          goalAlignment: 0.9,
          drift: 0.1,
          uncertainty: 0.1,
          rewardHackingRisk: 0.1,
          reasoning: 'looks done',
          evidence: ['hello'],
        });
      case 'consensus_vote':
        return call(forced, { approved: true, confidence: 0.9, reasoning: 'fine' });
      case undefined:
      default:
        break;
    }
    // The agent: write the file, then say so.
    if (request.messages.at(-1)?.role === 'tool') return { text: 'I wrote hello.txt.' };
    await options.beforeAgent?.(request.messages[0]?.text ?? '');
    return {
      toolCalls: [{ name: 'write', arguments: { path: 'hello.txt', content: 'hello\n' } }],
      stopReason: 'toolUse',
    };
  };
  return { respond, log };
}
