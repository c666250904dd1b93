import type { AgentMessage } from '@earendil-works/pi-agent-core';
import type { Api, Model } from '@earendil-works/pi-ai';
import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import type { ContextManager } from '../../context/context-manager.js';
import { estimateTokens } from '../../context/estimate-tokens.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { LlmEngine, LlmRequestOptions } from '../llm/types.js';

/** Options of {@link createTranscriptCompactor}. */
export interface TranscriptCompactorOptions {
  readonly context: ContextManager;
  readonly engine: LlmEngine;
  /** Fraction of the model's window at which the transcript is compacted. */
  readonly threshold: number;
  /** Context-manager scope of this run's entries (`<session>/<agent>`). */
  readonly scope: string;
  readonly agentId: string;
  /** Assistant turns (with their tool results) kept verbatim. */
  readonly keepRecentTurns: number;
  /** Attribution and hooks of the summary request (its usage counts towards the budgets). */
  readonly request: LlmRequestOptions;
}

/** What a compaction replaced. */
export interface Compaction {
  readonly messages: AgentMessage[];
  readonly replacedMessages: number;
  readonly tokensBefore: number;
}

const SUMMARY_SYSTEM =
  'You compress an agent transcript. Summarise the work so far: what was done, files touched, results ' +
  'of commands, decisions, open problems and next steps. Keep paths, names and numbers exact. Be concise.';

function render(message: AgentMessage): string {
  const body = message.content;
  const text =
    typeof body === 'string'
      ? body
      : body
          .map((block) => {
            if (block.type === 'text') return block.text;
            if (block.type === 'toolCall') return `[tool call ${block.name} ${JSON.stringify(block.arguments)}]`;
            if (block.type === 'thinking') return '';
            return `[${block.type}]`;
          })
          .join('\n');
  return `${message.role}: ${text}`;
}

/** Tokens the next request will carry: the last reply's reported usage plus an estimate of what came after it. */
function usedTokens(messages: readonly AgentMessage[]): number {
  let index = messages.length - 1;
  while (index >= 0 && messages[index]?.role !== 'assistant') index -= 1;
  const found = messages[index];
  const last = found?.role === 'assistant' ? found : undefined;
  const reported = last ? last.usage.input + last.usage.output + last.usage.cacheRead + last.usage.cacheWrite : 0;
  const after = messages.slice(index + 1).reduce((sum, message) => sum + estimateTokens(render(message)), 0);
  return reported > 0 ? reported + after : messages.reduce((sum, message) => sum + estimateTokens(render(message)), 0);
}

/**
 * Compacts an agent transcript as it nears its model's context window, through the context
 * manager's `compact()` hook: the middle of the transcript (everything between the leading system
 * message and task, and the last few turns) is put into the context manager, summarised by the
 * model and archived there; the transcript continues with the summary in its place.
 */
export function createTranscriptCompactor(options: TranscriptCompactorOptions) {
  return (messages: readonly AgentMessage[], model: Model<Api>): ResultAsync<Compaction | undefined, KernelError> => {
    const tokens = usedTokens(messages);
    if (tokens < options.threshold * model.contextWindow) return okAsync(undefined);
    const firstUser = messages.findIndex((message) => message.role === 'user');
    let tailStart = messages.length;
    for (let kept = 0; tailStart > 0 && kept < options.keepRecentTurns;) {
      tailStart -= 1;
      if (messages[tailStart]?.role === 'assistant') kept += 1;
    }
    const middle = messages.slice(firstUser + 1, tailStart);
    const summarised = middle.filter((message) => message.role !== 'system');
    if (firstUser < 0 || summarised.length === 0) return okAsync(undefined);
    for (const message of summarised) {
      const put = options.context.put({ sessionId: options.scope, agentId: options.agentId, content: render(message) });
      if (put.isErr()) return errAsync(put.error);
    }
    return options.context
      .compact(options.scope, {
        usedTokens: tokens,
        windowTokens: model.contextWindow,
        keepRecent: 0,
        summarize: (entries) =>
          options.engine
            .complete({
              ...options.request,
              model: `${model.provider}/${model.id}`,
              system: SUMMARY_SYSTEM,
              messages: [{ role: 'user', content: entries.map((entry) => entry.content).join('\n\n') }],
            })
            .map((reply) => reply.content.map((block) => (block.type === 'text' ? block.text : '')).join('')),
      })
      .map((result) => {
        if (!result.compacted || result.summary === undefined) return undefined;
        const summary: AgentMessage = {
          role: 'user',
          content: `[Summary of the earlier work; older messages were compacted]\n${result.summary.content}`,
          timestamp: Date.now(),
        };
        const kept = middle.filter((message) => message.role === 'system');
        return {
          messages: [...messages.slice(0, firstUser + 1), ...kept, summary, ...messages.slice(tailStart)],
          replacedMessages: summarised.length,
          tokensBefore: tokens,
        };
      });
  };
}
