import { readServerInfo, type OxiosConfig } from '@oxios/kernel';
import { HealthSchema, callApi } from '@oxios/sdk-client';
import { localServerUrl } from './local-server-url.js';
import { readHomeLock } from './read-home-lock.js';

/** How long the health probe of a local server may take. Generous: the machine may be busy. */
const PROBE_TIMEOUT_MS = 3000;

/**
 * Finds the server running for this OXIOS_HOME. Only when a live process on this machine holds
 * the home's write lock (so a CLI with no server running pays no network probe): its address is
 * the one it published in `server.json` (which follows `serve --port`), else the configured one,
 * and it must answer `GET /health`.
 */
export async function detectLocalServer(
  config: Pick<OxiosConfig, 'home' | 'server'>,
  signal?: AbortSignal,
): Promise<{ url: string; pid: number } | undefined> {
  const lock = readHomeLock(config.home);
  if (!lock) return undefined;
  const published = readServerInfo(config.home);
  const url = published?.pid === lock.pid ? published.url : localServerUrl(config);
  const health = await callApi(
    { baseUrl: url, timeoutMs: PROBE_TIMEOUT_MS },
    { method: 'GET', path: '/health', response: HealthSchema, ...(signal ? { signal } : {}) },
  );
  return health.isOk() ? { url, pid: lock.pid } : undefined;
}
