// The scripted model behind the fake LLM server for the loop scenario. It answers the Ouroboros
// engine's structured requests (forced tool calls) and plays the agent, all over the real wire.
import type { FakeLlmReply, FakeLlmRequest } from '@oxios/testkit';

const call = (name: string, args: Record<string, unknown>): FakeLlmReply => ({
  toolCalls: [{ name, arguments: args }],
  stopReason: 'toolUse',
});

const dimension = (score: number) => ({ score, justification: 'scripted' });

/** The interview's question: the request is too vague until answered. */
export const QUESTION = 'What should the file be called, and what should it say?';

/** The seed's one acceptance criterion. */
export const CRITERION = 'hello.txt says hello';

/** What the agent says before it starts. */
export const AGENT_OPENING = 'Let me look around first.';

const SEED = {
  goal: 'Write hello.txt containing hello',
  taskType: 'code',
  constraints: ['only touch the workspace'],
  acceptanceCriteria: [
    {
      description: CRITERION,
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

/**
 * The agent, one step per turn: tries to read /etc/passwd (denied by the path policy and
 * audited), runs `git --version` on the host (waits for a human's approval), writes hello.txt,
 * then says so — its text streamed in small chunks.
 */
function agentTurn(request: FakeLlmRequest): FakeLlmReply {
  switch (request.messages.filter((message) => message.role === 'tool').length) {
    case 0:
      return { text: AGENT_OPENING, chunkSize: 6, toolCalls: [{ name: 'read', arguments: { path: '/etc/passwd' } }] };
    case 1:
      return { toolCalls: [{ name: 'host_exec', arguments: { command: 'git', args: ['--version'] } }] };
    case 2:
      return { toolCalls: [{ name: 'write', arguments: { path: 'hello.txt', content: 'hello\n' } }] };
    default:
      return { text: 'I wrote hello.txt; it says hello.', chunkSize: 6 };
  }
}

/** The scripted model, and a way to let the evaluation's judge answer. */
export interface LoopResponder {
  readonly respond: (request: FakeLlmRequest) => Promise<FakeLlmReply>;
  /** The semantic judge waits for this, so a test can watch the Evaluate phase live. */
  readonly releaseJudge: () => void;
}

/** Answers every request of one run through the loop; the judge holds until released. */
export function createLoopResponder(): LoopResponder {
  let releaseJudge: () => void = () => undefined;
  const judgeMayAnswer = new Promise<void>((resolve) => {
    releaseJudge = resolve;
  });
  const respond = async (request: FakeLlmRequest): Promise<FakeLlmReply> => {
    if (request.tools.length === 1 && request.tools[0]?.name === 'semantic_judgement') await judgeMayAnswer;
    return respondToLoop(request);
  };
  return { respond, releaseJudge };
}

function respondToLoop(request: FakeLlmRequest): FakeLlmReply {
  const forced = request.tools.length === 1 ? request.tools[0]?.name : undefined;
  switch (forced) {
    case 'clarity_scores':
      return call(forced, { goal: dimension(0.3), constraints: dimension(0.3), successCriteria: dimension(0.3) });
    case 'interview_question':
      return call(forced, { question: QUESTION });
    case 'seed':
      return call(forced, SEED);
    case 'semantic_judgement':
      return call(forced, {
        score: 0.92,
        criterionMet: true,
        goalAlignment: 0.9,
        drift: 0,
        uncertainty: 0.1,
        rewardHackingRisk: 0,
        reasoning: 'the file says hello',
        evidence: ['hello'],
      });
    case 'consensus_vote':
      return call(forced, { approved: true, confidence: 0.9, reasoning: 'fine' });
    case undefined:
    default:
      return agentTurn(request);
  }
}
