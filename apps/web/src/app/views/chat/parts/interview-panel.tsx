import type { GateReading, InterviewRound } from '../run/session-run.js';
import { formatScore } from '../../../ui/format-numbers.js';

/** The answered interview rounds, and how the gate to the seed opened. */
export function InterviewPanel({
  rounds,
  gate,
}: {
  readonly rounds: readonly InterviewRound[];
  readonly gate: GateReading | null;
}) {
  const answered = rounds.filter((round) => round.answer !== null);
  if (answered.length === 0 && gate === null) return null;
  return (
    <section class="run-section" aria-labelledby="interview-title">
      <h3 id="interview-title">Interview</h3>
      {answered.length > 0 && (
        <ol class="rounds">
          {answered.map((round) => (
            <li key={round.round}>
              <p class="round-question">
                <span class="muted">Question {round.round}:</span> {round.question}
              </p>
              <p class="round-answer">
                <span class="muted">Answer:</span> {round.answer}
              </p>
            </li>
          ))}
        </ol>
      )}
      {gate !== null && (
        <p data-testid="gate">
          {gate.forced
            ? `Work was forced to start ${gate.ambiguity === null ? 'before the interview was scored' : `at ambiguity ${formatScore(gate.ambiguity)}`} (Oxios starts on its own at ≤ ${gate.threshold.toFixed(2)}). Reason: ${gate.reason ?? '—'}`
            : `The request was clear enough: ambiguity ${formatScore(gate.ambiguity)} ≤ ${gate.threshold.toFixed(2)}.`}
        </p>
      )}
    </section>
  );
}
