import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadConfig } from '@oxios/kernel';
import { z } from 'zod';
import { readHomeLock } from '../backend/read-home-lock.js';
import type { CommandContext } from '../context.js';
import { cliError } from '../errors/cli-error.js';
import { fromKernelError } from '../errors/from-kernel-error.js';
import { printCliError } from '../errors/print-cli-error.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { GlobalOptionsSchema } from '../global-options.js';
import { resolveServerBin } from './resolve-server-bin.js';
import { withOptions } from './with-options.js';

const file = z.string().refine((path) => existsSync(path), { error: 'no such file' });
const ServeOptionsSchema = GlobalOptionsSchema.extend({
  host: z
    .string()
    .regex(/^[^\s/]+$/, { error: 'expected a host name or IP address' })
    .optional(),
  port: z.coerce.number({ error: 'expected a port number' }).int().min(1).max(65_535).optional(),
  tlsCert: file.optional(),
  tlsKey: file.optional(),
}).refine((options) => (options.tlsCert === undefined) === (options.tlsKey === undefined), {
  error: 'give both --tls-cert and --tls-key, or neither',
  path: ['tlsKey'],
});

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * `oxios serve` — runs `oxios-server` as a child with the flags turned into OXIOS_* overrides
 * (validated like the config file), forwards SIGINT/SIGTERM/SIGHUP to it and exits with its
 * exit code. Refuses (exit 5) when a server already runs for this OXIOS_HOME.
 */
export function serve(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, ServeOptionsSchema, raw, async (options) => {
    const verbose = options.verbose === true;
    const env: Record<string, string | undefined> = { ...context.env };
    if (options.host !== undefined) env.OXIOS_HOST = options.host;
    if (options.port !== undefined) env.OXIOS_PORT = String(options.port);
    if (options.tlsCert !== undefined) env.OXIOS_TLS_CERT = options.tlsCert;
    if (options.tlsKey !== undefined) env.OXIOS_TLS_KEY = options.tlsKey;
    const loaded = loadConfig({ env });
    if (loaded.isErr()) {
      const error = fromKernelError(loaded.error);
      printCliError(context.output, error, verbose);
      return error.exitCode;
    }
    const holder = readHomeLock(loaded.value.home);
    if (holder) {
      printCliError(
        context.output,
        cliError(
          'already-running',
          `an Oxios process (pid ${holder.pid}) already holds ${loaded.value.home}`,
          EXIT.conflict,
          {
            hint: 'see it with `oxios status`; stop it before starting another, or use another OXIOS_HOME',
          },
        ),
        verbose,
      );
      return EXIT.conflict;
    }
    const bin = resolveServerBin();
    if (bin.isErr()) {
      printCliError(context.output, bin.error, verbose);
      return bin.error.exitCode;
    }
    return runChild(bin.value, env);
  });
}

function runChild(bin: string, env: Record<string, string | undefined>): Promise<ExitCode> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin], { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => {
      child.kill(signal);
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    const done = (code: ExitCode) => {
      for (const signal of FORWARDED) process.off(signal, forward);
      resolve(code);
    };
    child.once('error', () => {
      done(EXIT.failure);
    });
    child.once('exit', (code) => {
      done(code === EXIT.ok || code === EXIT.usage ? code : EXIT.failure);
    });
  });
}
