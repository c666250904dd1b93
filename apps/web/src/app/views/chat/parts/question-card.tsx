import type { ComponentChildren } from 'preact';
import type { InterviewRound } from '../run/session-run.js';
import { AmbiguityMeter } from './ambiguity-meter.js';

/** The interview question waiting for an answer: its round, the ambiguity so far, and the answer box. */
export function QuestionCard({
  question,
  ambiguity,
  children,
}: {
  readonly question: InterviewRound;
  readonly ambiguity: number | null;
  readonly children: ComponentChildren;
}) {
  return (
    <section class="question-card" aria-labelledby="open-question-title">
      <h3 id="open-question-title">Oxios asks (question {question.round})</h3>
      <p class="question-text" data-testid="open-question">
        {question.question}
      </p>
      <AmbiguityMeter value={ambiguity} />
      {children}
    </section>
  );
}
