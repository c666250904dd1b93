import type { Usage } from '@oxios/sdk-client';
import { ResultAsync } from 'neverthrow';
import { useState } from 'preact/hooks';
import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import { hasRole } from '../../routing/view-registry.js';
import type { ViewProps } from '../../shell/view-props.js';
import { formatTokens, formatUsd } from '../../ui/format-numbers.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { BudgetsPanel } from './budgets-panel.js';
import { UsageChart, type UsageMetric } from './usage-chart.js';
import { dayStarts, modelKey, usageByDay } from './usage-series.js';

const PERIODS = [7, 14, 30] as const;

/** LLM tokens and cost: totals, a daily chart per model, the table per model, and the budgets (admin). */
export function UsageView({ client, caller }: ViewProps) {
  const [days, setDays] = useState<number>(14);
  const [metric, setMetric] = useState<UsageMetric>('costUsd');
  const loaded = useLoad(
    (signal) => {
      const starts = dayStarts(Date.now(), days);
      return ResultAsync.combine([
        client.usage.get(undefined, signal),
        ...starts.map((since) => client.usage.get({ since }, signal)),
      ]).map(([allTime, ...since]) => ({ allTime, since, series: usageByDay(starts, since) }));
    },
    [days],
  );
  // Each LLM request records its usage: the numbers follow a running session.
  useRefreshOn(['llm-usage-recorded'], loaded.reload);
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Usage">
        <button type="button" class="button" onClick={loaded.reload}>
          Refresh
        </button>
      </PageHeader>
      <p class="muted">
        {hasRole(caller.role, 'admin') ? 'Every session on this server.' : 'Your sessions.'} Days are UTC.
      </p>
      <div class="panel">
        <div class="toolbar">
          <label for="usage-period">Period</label>
          <select
            id="usage-period"
            value={String(days)}
            onChange={(event) => {
              setDays(Number(event.currentTarget.value));
            }}
          >
            {PERIODS.map((period) => (
              <option key={period} value={String(period)}>
                Last {period} days
              </option>
            ))}
          </select>
          <label for="usage-metric">Show</label>
          <select
            id="usage-metric"
            value={metric}
            onChange={(event) => {
              setMetric(event.currentTarget.value as UsageMetric);
            }}
          >
            <option value="costUsd">Cost</option>
            <option value="totalTokens">Tokens</option>
          </select>
        </div>
        {loaded.state.status === 'loading' && <Loading />}
        {loaded.state.status === 'error' && <ErrorNotice error={loaded.state.error} onRetry={loaded.reload} />}
        {loaded.state.status === 'ok' && <UsageReport {...loaded.state.data} days={days} metric={metric} />}
      </div>
      {hasRole(caller.role, 'admin') && <BudgetsPanel client={client} />}
    </section>
  );
}

function UsageReport({
  allTime,
  since,
  series,
  days,
  metric,
}: {
  readonly allTime: Usage;
  readonly since: readonly Usage[];
  readonly series: ReturnType<typeof usageByDay>;
  readonly days: number;
  readonly metric: UsageMetric;
}) {
  const period = since[0] ?? allTime;
  const models = period.byModel.map(modelKey);
  return (
    <>
      <dl class="stats" data-testid="usage-totals">
        <div>
          <dt>Cost, last {days} days</dt>
          <dd>{formatUsd(period.totals.costUsd)}</dd>
        </div>
        <div>
          <dt>Tokens, last {days} days</dt>
          <dd>{formatTokens(period.totals.totalTokens)}</dd>
        </div>
        <div>
          <dt>Requests, last {days} days</dt>
          <dd>{period.totals.requests}</dd>
        </div>
        <div>
          <dt>Cost, all time</dt>
          <dd>{formatUsd(allTime.totals.costUsd)}</dd>
        </div>
      </dl>
      {period.byModel.length === 0 ? (
        <p class="empty">No LLM requests in the last {days} days.</p>
      ) : (
        <>
          <UsageChart days={series} models={models} metric={metric} />
          <div class="table-wrap">
            <table>
              <caption>Per model, last {days} days (most expensive first)</caption>
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Requests</th>
                  <th scope="col">Input</th>
                  <th scope="col">Output</th>
                  <th scope="col">Cache read / write</th>
                  <th scope="col">Cost</th>
                </tr>
              </thead>
              <tbody>
                {period.byModel.map((model) => (
                  <tr key={modelKey(model)}>
                    <th scope="row">{modelKey(model)}</th>
                    <td>{model.requests}</td>
                    <td>{formatTokens(model.inputTokens)}</td>
                    <td>{formatTokens(model.outputTokens)}</td>
                    <td>
                      {formatTokens(model.cacheReadTokens)} / {formatTokens(model.cacheWriteTokens)}
                    </td>
                    <td>{formatUsd(model.costUsd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
