import type { Transcript } from '../interview/transcript.js';
import type { LlmMessage } from '../port/llm-port.js';

/**
 * The interview as a conversation: the person's request, then each question (assistant) and
 * answer (user). The person's words are passed verbatim — never summarised, trimmed or
 * re-encoded. A trailing unanswered question is left out, so the conversation ends with the person.
 */
export function transcriptMessages(transcript: Transcript): LlmMessage[] {
  const messages: LlmMessage[] = [{ role: 'user', content: transcript.idea }];
  for (const round of transcript.rounds) {
    if (round.answer === null) continue;
    messages.push({ role: 'assistant', content: round.question }, { role: 'user', content: round.answer });
  }
  return messages;
}
