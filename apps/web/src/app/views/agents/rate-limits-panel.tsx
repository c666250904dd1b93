import type { OxiosClient } from '@oxios/sdk-client';
import { useLoad } from '../../api/use-load.js';
import { Link } from '../../routing/link.js';
import { formatTokens } from '../../ui/format-numbers.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { rateLimitsOf } from './rate-limits.js';

/** The scheduler's rate-limit budget per LLM provider, from the configuration (admins read it). */
export function RateLimitsPanel({ client }: { readonly client: OxiosClient }) {
  const config = useLoad((signal) => client.config.get(signal), []);
  return (
    <section class="panel" aria-labelledby="rate-limits-title">
      <h2 id="rate-limits-title">Rate-limit budget</h2>
      {config.state.status === 'loading' && <Loading />}
      {config.state.status === 'error' && <ErrorNotice error={config.state.error} onRetry={config.reload} />}
      {config.state.status === 'ok' &&
        (rateLimitsOf(config.state.data.config).length === 0 ? (
          <p class="empty">No provider is rate-limited: tasks start as soon as a slot is free.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">Rate limits per provider</caption>
              <thead>
                <tr>
                  <th scope="col">Provider</th>
                  <th scope="col">Requests per minute</th>
                  <th scope="col">Tokens per minute</th>
                </tr>
              </thead>
              <tbody>
                {rateLimitsOf(config.state.data.config).map((limit) => (
                  <tr key={limit.provider}>
                    <td>{limit.provider}</td>
                    <td>{limit.requestsPerMinute ?? 'no cap'}</td>
                    <td>{limit.tokensPerMinute === undefined ? 'no cap' : formatTokens(limit.tokensPerMinute)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <p class="hint">
        Token buckets refilled per minute; a task waits in the queue until its provider&apos;s bucket has room. Set them
        under <code>[scheduler.rate_limits.&lt;provider&gt;]</code> in <Link href="/config">Config</Link>.
      </p>
    </section>
  );
}
