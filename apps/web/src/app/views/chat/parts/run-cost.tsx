import { formatTokens, formatUsd } from '../../../ui/format-numbers.js';
import type { UsageTotals } from '../run/session-run.js';

/** What the session's LLM requests cost so far: tokens and dollars, in all and per model. */
export function RunCost({ usage }: { readonly usage: UsageTotals }) {
  if (usage.requests === 0) return null;
  const models = Object.entries(usage.byModel);
  return (
    <section class="run-section" aria-labelledby="run-cost-title">
      <h3 id="run-cost-title">Cost and tokens</h3>
      <dl class="stats" data-testid="run-cost">
        <div>
          <dt>Cost</dt>
          <dd>{formatUsd(usage.costUsd)}</dd>
        </div>
        <div>
          <dt>Input tokens</dt>
          <dd>{formatTokens(usage.inputTokens)}</dd>
        </div>
        <div>
          <dt>Output tokens</dt>
          <dd>{formatTokens(usage.outputTokens)}</dd>
        </div>
        {usage.cacheTokens > 0 && (
          <div>
            <dt>Cache tokens</dt>
            <dd>{formatTokens(usage.cacheTokens)}</dd>
          </div>
        )}
        <div>
          <dt>LLM requests</dt>
          <dd>{usage.requests}</dd>
        </div>
      </dl>
      {models.length > 1 && (
        <ul class="plain-list">
          {models.map(([model, totals]) => (
            <li key={model}>
              <code>{model}</code>: {totals.requests} requests, {formatTokens(totals.tokens)} tokens,{' '}
              {formatUsd(totals.costUsd)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
