// A scripted model behind the fake LLM server: it answers the Ouroboros engine's structured
// requests (forced tool calls) and plays the agent. Everything goes over the real wire protocol.
import type { FakeLlmReply, FakeLlmRequest } from '@oxios/testkit';

const STRUCTURED = new Set([
  'clarity_scores',
  'clarity_scores_brownfield',
  'interview_question',
  'seed',
  'semantic_judgement',
  'consensus_vote',
  'wonder',
  'reflect',
]);

/** How the scripted agent behaves on its n-th run (0-based) in a session. */
export type AgentBehaviour = 'write' | 'claim';

export interface BrainOptions {
  /** Clarity the model reports for a request, by its text (all three dimensions). */
  readonly clarity?: (transcript: string) => number;
  /** What the agent does on run `n` of the session whose idea contains `idea`. */
  readonly agent?: (run: number, idea: string) => AgentBehaviour;
  /** Semantic score the judge gives (it always claims the criterion is met). */
  readonly judgeScore?: (idea: string) => number;
  /** A promise to wait for before answering a request (by its transcript), or undefined. */
  readonly holdFor?: (transcript: string, request: FakeLlmRequest) => Promise<unknown> | undefined;
}

/** Every structured request the brain answered, by tool name, with the transcript it saw. */
export interface BrainLog {
  readonly structured: { readonly tool: string; readonly transcript: string }[];
  readonly agentRuns: Map<string, number>;
}

const toolCall = (name: string, args: Record<string, unknown>): FakeLlmReply => ({
  toolCalls: [{ name, arguments: args }],
  stopReason: 'toolUse',
});

function transcriptOf(request: FakeLlmRequest): string {
  return request.messages.map((message) => message.text).join('\n');
}

/** The idea: the first user message of the transcript. */
function ideaOf(request: FakeLlmRequest): string {
  return request.messages.find((message) => message.role === 'user')?.text ?? '';
}

function seedFor(idea: string, transcript: string): Record<string, unknown> {
  const answers = transcript.split('\n').filter((line) => line.startsWith('ANSWER:'));
  return {
    goal: `Write hello.txt containing the word hello. Request: ${idea}`,
    taskType: 'code',
    constraints: ['only touch the workspace', ...answers],
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

export function createBrain(options: BrainOptions = {}): {
  respond: (request: FakeLlmRequest) => Promise<FakeLlmReply>;
  log: BrainLog;
} {
  const log: BrainLog = { structured: [], agentRuns: new Map() };
  const respond = async (request: FakeLlmRequest): Promise<FakeLlmReply> => {
    const transcript = transcriptOf(request);
    await options.holdFor?.(transcript, request);
    const forced = request.tools.length === 1 ? request.tools[0]?.name : undefined;
    if (forced !== undefined && STRUCTURED.has(forced)) {
      log.structured.push({ tool: forced, transcript });
      const idea = ideaOf(request);
      switch (forced) {
        case 'clarity_scores': {
          const score = options.clarity?.(transcript) ?? 0.95;
          const dimension = { score, justification: 'scripted' };
          return toolCall(forced, { goal: dimension, constraints: dimension, successCriteria: dimension });
        }
        case 'interview_question':
          return toolCall(forced, {
            question: `Question ${log.structured.filter((entry) => entry.tool === forced).length}: what exactly should the file say?`,
          });
        case 'seed':
          return toolCall(forced, seedFor(idea, transcript));
        case 'semantic_judgement': {
          const score = options.judgeScore?.(idea) ?? 0.95;
          return toolCall(forced, {
            score,
            criterionMet: true,
            goalAlignment: 0.9,
            drift: 0.1,
            uncertainty: 0.1,
            rewardHackingRisk: 0.1,
            reasoning: 'looks done',
            evidence: ['hello'],
          });
        }
        case 'consensus_vote':
          return toolCall(forced, { approved: true, confidence: 0.9, reasoning: 'fine' });
        case 'wonder':
          return toolCall(forced, {
            questions: [{ text: 'Was the file really written?', kind: 'gap', criterionKeys: [] }],
            tensions: [],
            shouldContinue: true,
            reasoning: 'retry',
          });
        case 'reflect':
          return toolCall(forced, { patches: [], mutations: [], reasoning: 'keep the criteria' });
      }
    }
    // The agent: write the file (then finish), or claim success without doing anything.
    const idea = request.messages[0]?.text ?? '';
    const last = request.messages.at(-1);
    if (last?.role === 'tool') return { text: 'I wrote hello.txt.' };
    const runs = log.agentRuns.get(idea) ?? 0;
    log.agentRuns.set(idea, runs + 1);
    const behaviour = options.agent?.(runs, transcript) ?? 'write';
    if (behaviour === 'claim') return { text: 'All done: hello.txt contains hello.' };
    return {
      toolCalls: [{ name: 'write', arguments: { path: 'hello.txt', content: 'hello\n' } }],
      stopReason: 'toolUse',
    };
  };
  return { respond, log };
}
