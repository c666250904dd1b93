import type { Message, SessionReply } from '@oxios/sdk-client';
import type { InterviewRound, SessionRun } from './session-run.js';

// The orchestrator writes a question's score into the question message: "… (ambiguity 0.70; …)".
const IN_MESSAGE = /\(ambiguity (\d+(?:\.\d+)?);/;

/**
 * The ambiguity to show with the open question: a scored round's score, else the reply that
 * asked it, else the score written into the question message (the first question's score is
 * only in the reply and the message).
 */
export function questionAmbiguity(
  run: SessionRun,
  question: InterviewRound,
  reply: SessionReply | undefined,
  messages: readonly Message[],
): number | null {
  if (run.ambiguity !== null) return run.ambiguity.overall;
  if (reply?.kind === 'question' && reply.round === question.round) return reply.ambiguity;
  const asked = messages.findLast(
    (message) => message.role === 'assistant' && message.content.startsWith(question.question),
  );
  const match = asked === undefined ? null : IN_MESSAGE.exec(asked.content);
  return match?.[1] === undefined ? null : Number(match[1]);
}
