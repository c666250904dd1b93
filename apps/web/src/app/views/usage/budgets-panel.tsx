import type { OxiosClient } from '@oxios/sdk-client';
import { useLoad } from '../../api/use-load.js';
import { Link } from '../../routing/link.js';
import { formatTokens, formatUsd } from '../../ui/format-numbers.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';

interface Budget {
  readonly max_turns?: number;
  readonly max_wall_secs?: number;
  readonly max_tokens?: number;
  readonly max_cost_usd?: number;
}

const SCOPES = [
  { key: 'agent_budget', label: 'Per agent run' },
  { key: 'session_budget', label: 'Per session' },
] as const;

function budgetOf(config: Record<string, unknown>, key: string): Budget {
  const llm = config.llm;
  if (typeof llm !== 'object' || llm === null) return {};
  const budget = (llm as { [key: string]: unknown })[key];
  return typeof budget === 'object' && budget !== null ? budget : {};
}

const show = (value: number | undefined, format: (value: number) => string) =>
  value === undefined ? 'no cap' : format(value);

/** The caps that stop a run or a session (`[llm.agent_budget]`, `[llm.session_budget]`), read from the config (admin). */
export function BudgetsPanel({ client }: { readonly client: OxiosClient }) {
  const config = useLoad((signal) => client.config.get(signal), []);
  return (
    <section class="panel" aria-labelledby="budgets-title">
      <h2 id="budgets-title" class="panel-title">
        Budgets
      </h2>
      {config.state.status === 'loading' && <Loading />}
      {config.state.status === 'error' && <ErrorNotice error={config.state.error} onRetry={config.reload} />}
      {config.state.status === 'ok' && (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Budgets</caption>
            <thead>
              <tr>
                <th scope="col">Scope</th>
                <th scope="col">Cost</th>
                <th scope="col">Tokens</th>
                <th scope="col">Turns</th>
                <th scope="col">Wall time</th>
              </tr>
            </thead>
            <tbody>
              {SCOPES.map((scope) => {
                const budget = budgetOf(config.state.status === 'ok' ? config.state.data.config : {}, scope.key);
                return (
                  <tr key={scope.key}>
                    <th scope="row">{scope.label}</th>
                    <td>{show(budget.max_cost_usd, formatUsd)}</td>
                    <td>{show(budget.max_tokens, formatTokens)}</td>
                    <td>{show(budget.max_turns, String)}</td>
                    <td>{show(budget.max_wall_secs, (secs) => `${Math.round(secs / 60)} min`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p class="hint">
        Reaching a cap stops the run with “budget-exceeded”. Change them in <Link href="/config">Config</Link>.
      </p>
    </section>
  );
}
