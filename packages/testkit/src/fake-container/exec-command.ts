import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join, posix, relative } from 'node:path';
import { fail, last, parseOptions, usage, type Handler } from './cli-support.js';
import { readEnvFile } from './container-commands.js';
import type { FakeContainerRecord } from './state.js';

const CONTAINER_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The host folder behind a path inside the container (through its volumes), else the path itself. */
function hostPath(record: FakeContainerRecord, path: string): string {
  for (const mount of record.mounts) {
    const inside = relative(mount.destination, path);
    if (inside === '' || (!inside.startsWith('..') && !posix.isAbsolute(inside))) return join(mount.source, inside);
  }
  return path;
}

function environment(record: FakeContainerRecord, extra: readonly string[]): Record<string, string> {
  const env: Record<string, string> = { PATH: CONTAINER_PATH, HOME: '/root' };
  for (const line of [...record.env, ...extra]) {
    const cut = line.indexOf('=');
    if (cut > 0) env[line.slice(0, cut)] = line.slice(cut + 1);
    else if (process.env[line] !== undefined) env[line] = process.env[line] ?? '';
  }
  return env;
}

/**
 * `container exec [-i] [-w dir] [-e K=V] [--env-file f] <id> <argv...>`: runs argv on the host in
 * the folder behind the container's workdir, passing stdio through and exiting with its code. A
 * SIGTERM/SIGINT to the CLI kills the process group, as a timeout in a real CLI client would.
 */
export const execCommand: Handler = (args, context) => {
  const parsed = parseOptions(args, {
    valued: {
      '-w': 'workdir',
      '--workdir': 'workdir',
      '--cwd': 'workdir',
      '-e': 'env',
      '--env': 'env',
      '--env-file': 'env-file',
      '-u': 'user',
      '--user': 'user',
    },
    flags: {
      '-i': 'interactive',
      '--interactive': 'interactive',
      '-t': 'tty',
      '--tty': 'tty',
      '-d': 'detach',
      '--detach': 'detach',
      '--debug': 'debug',
    },
    stopAtPositional: true,
  });
  if (typeof parsed === 'string') return usage(context, 'exec', parsed);
  const [id = '', command = '', ...commandArgs] = parsed.rest;
  const record = context.state.containers[id];
  if (!record) return fail(context, 'notFound', `get failed: container ${id} not found`);
  if (record.state !== 'running') return fail(context, 'invalidState', `container ${id} is not running`);
  if (command === '') return usage(context, 'exec', "Missing expected argument '<arguments> ...'");
  const envFile = last(parsed, 'env-file');
  const extra = [...(envFile === undefined ? [] : readEnvFile(envFile)), ...(parsed.values.get('env') ?? [])];
  const cwd = hostPath(record, last(parsed, 'workdir') ?? record.workdir);
  return new Promise<number>((resolve) => {
    const child = spawn(command, commandArgs, {
      cwd,
      env: environment(record, extra),
      stdio: [parsed.flags.has('interactive') ? 'inherit' : 'ignore', 'inherit', 'inherit'],
      detached: true,
    });
    const pidFile = `${context.statePath}.exec.${id}.${child.pid ?? 0}`;
    writeFileSync(pidFile, '');
    const forward = (signal: NodeJS.Signals) => {
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        // Already gone.
      }
      rmSync(pidFile, { force: true });
      resolve(128 + constants.signals[signal]);
    };
    process.once('SIGTERM', forward).once('SIGINT', forward);
    child.on('error', () => {
      context.err(
        `Error: internalError: "failed to exec process" (cause: "executable file not found in $PATH: ${command}")\n`,
      );
      rmSync(pidFile, { force: true });
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL'); // leftovers would hold stdout open
      } catch {
        // Nothing left.
      }
      rmSync(pidFile, { force: true });
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
};
