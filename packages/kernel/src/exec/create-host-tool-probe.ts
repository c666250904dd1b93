import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { abortedError, invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { noopLogger, type Logger } from '../logger/logger.js';
import { isBareCommandName } from './command-name.js';
import type { HostToolProbeRequest, HostToolReport } from './host-tool-types.js';
import { probeHostTool, type HostToolFinding } from './probe-host-tool.js';

/** Options of {@link createHostToolProbe}. */
export interface HostToolProbeOptions {
  /** How long a probed status is reused. Default 5 minutes; 0 disables the cache. */
  readonly ttlMs?: number;
  /** Limit of each version attempt (a tool gets up to three). Default 3 seconds. */
  readonly timeoutMs?: number;
  /** Where PATH and HOME come from. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Clock for the cache, in milliseconds. Default `Date.now`. */
  readonly now?: () => number;
  readonly logger?: Logger;
}

/** Checks host tools in parallel and caches each status. */
export interface HostToolProbe {
  /** Probes the tools (cached statuses are reused); fails only for bad names or an abort. */
  readonly probe: (request: HostToolProbeRequest) => ResultAsync<HostToolReport, KernelError>;
  /** Forgets every cached status (e.g. after the user installed a tool). */
  readonly clear: () => void;
}

function probeEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const entries = ['PATH', 'HOME', 'LANG'].flatMap((name) => {
    const value = env[name];
    return value === undefined ? [] : [[name, value] as const];
  });
  return Object.fromEntries(entries);
}

/**
 * Creates a host-tool probe: each tool is found on PATH and asked for its version, all tools in
 * parallel, with a short timeout per attempt; statuses are cached for `ttlMs` and concurrent
 * probes of one tool share a single run.
 */
export function createHostToolProbe(options: HostToolProbeOptions = {}): HostToolProbe {
  const ttlMs = options.ttlMs ?? 300_000;
  const timeoutMs = options.timeoutMs ?? 3_000;
  const now = options.now ?? Date.now;
  const env = probeEnv(options.env ?? process.env);
  const logger = (options.logger ?? noopLogger).child({ component: 'host-tool-probe' });
  const cache = new Map<string, { expiresAt: number; status: Promise<HostToolFinding> }>();

  const statusOf = (name: string, signal: AbortSignal | undefined) => {
    const cached = cache.get(name);
    if (cached && cached.expiresAt > now()) return cached.status;
    const status = probeHostTool(name, { env, timeoutMs, signal });
    cache.set(name, { expiresAt: now() + ttlMs, status });
    // An aborted probe may have skipped the version; do not keep it.
    void status.then(() => {
      if (signal?.aborted === true && cache.get(name)?.status === status) cache.delete(name);
    });
    return status;
  };

  const probe = (request: HostToolProbeRequest): ResultAsync<HostToolReport, KernelError> => {
    const optional = (request.optional ?? []).filter((name) => !request.required.includes(name));
    const invalid = [...request.required, ...optional].find((name) => !isBareCommandName(name));
    if (invalid !== undefined) return errAsync(invalidArgument('tools', `"${invalid}" is not a bare command name`));
    if (request.signal?.aborted === true) return errAsync(abortedError('host tool probe'));
    const wanted = [
      ...request.required.map((name) => [name, true] as const),
      ...optional.map((name) => [name, false] as const),
    ];
    const all = Promise.all(
      wanted.map(async ([name, required]) => ({ ...(await statusOf(name, request.signal)), required })),
    );
    return ResultAsync.fromSafePromise(all).andThen((tools) => {
      if (request.signal?.aborted === true) return errAsync(abortedError('host tool probe'));
      const missingRequired = tools.filter((tool) => tool.required && !tool.available).map((tool) => tool.name);
      if (missingRequired.length > 0) logger.warn({ missingRequired }, 'required host tools are missing');
      return okAsync({ tools, missingRequired, ok: missingRequired.length === 0 });
    });
  };

  return {
    probe,
    clear: () => {
      cache.clear();
    },
  };
}
