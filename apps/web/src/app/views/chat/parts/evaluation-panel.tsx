import { formatScore } from '../../../ui/format-numbers.js';
import { StatusBadge } from '../../../ui/status-badge.js';
import type { CriterionRow } from '../run/criterion-rows.js';
import type { EvaluationSummary } from '../run/run-event-schemas.js';

/** The latest evaluation: the overall verdict, then each criterion with its verify command's output. */
export function EvaluationPanel({
  generation,
  summary,
  rows,
}: {
  readonly generation: number;
  readonly summary: EvaluationSummary | undefined;
  readonly rows: readonly CriterionRow[];
}) {
  const overall = summary === undefined ? 'pending' : summary.approved ? 'passed' : 'failed';
  return (
    <section class="run-section" aria-labelledby="evaluation-title">
      <h3 id="evaluation-title">
        Evaluation · generation {generation} <StatusBadge status={overall} />
        {summary !== undefined && <span class="muted"> score {formatScore(summary.score)}</span>}
      </h3>
      <ol class="criteria">
        {rows.map((row) => (
          <li key={row.key} class={`criterion criterion-${row.verdict}`}>
            <p class="criterion-head">
              <StatusBadge
                status={row.unverified ? 'unverified' : row.verdict}
                label={row.unverified ? 'unverified' : row.verdict}
              />{' '}
              <span class="criterion-description">{row.description}</span>
            </p>
            <dl class="facts">
              {row.verify !== null && (
                <>
                  <dt>Verify</dt>
                  <dd>
                    <code>{row.verify.join(' ')}</code>
                  </dd>
                </>
              )}
              <dt>Score</dt>
              <dd>{formatScore(row.score)}</dd>
              {row.decidedBy !== null && (
                <>
                  <dt>Decided by</dt>
                  <dd>{row.decidedBy} check</dd>
                </>
              )}
              {row.failures.length > 0 && (
                <>
                  <dt>Failures</dt>
                  <dd>{row.failures.join('; ')}</dd>
                </>
              )}
            </dl>
            {row.output !== null ? (
              <details class="criterion-output" open>
                <summary>Output of the verify command</summary>
                <pre>{row.output === '' ? '(no output)' : row.output}</pre>
              </details>
            ) : (
              row.verify !== null &&
              row.verdict !== 'pending' && (
                <p class="hint">The verify output comes with the reply to the message that started this run.</p>
              )
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
