import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fail, last, parseOptions, usage, type FakeContext, type Handler } from './cli-support.js';
import { containerJson } from './json-shapes.js';
import { saveState, type FakeContainerRecord } from './state.js';
import { atLeast, FEATURES } from './versions.js';

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

const RUN_OPTIONS = {
  valued: {
    '--name': 'name',
    '-l': 'label',
    '--label': 'label',
    '-v': 'volume',
    '--volume': 'volume',
    '-w': 'workdir',
    '--workdir': 'workdir',
    '--cwd': 'workdir',
    '-c': 'cpus',
    '--cpus': 'cpus',
    '-m': 'memory',
    '--memory': 'memory',
    '-e': 'env',
    '--env': 'env',
    '--env-file': 'env-file',
    '--network': 'network',
    '--tmpfs': 'tmpfs',
    '--ulimit': 'ulimit',
    '--entrypoint': 'entrypoint',
    '--platform': 'platform',
  },
  flags: {
    '-d': 'detach',
    '--detach': 'detach',
    '--read-only': 'read-only',
    '--rm': 'rm',
    '--init': 'init',
    '--debug': 'debug',
  },
  stopAtPositional: true,
};

function memoryBytes(text: string): number {
  const match = /^(\d+)([KMGTP]?)$/i.exec(text);
  const units: Record<string, number> = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40, P: 2 ** 50 };
  return match ? Number(match[1]) * (units[(match[2] ?? '').toUpperCase()] ?? 1) : Number.NaN;
}

/** `K=V` lines of an env file (comments and blank lines ignored), as the real CLI reads them. */
export function readEnvFile(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** `container run -d --name <id> [options] <image> [command...]`. */
export const runCommand: Handler = (args, context) => {
  const parsed = parseOptions(args, RUN_OPTIONS);
  if (typeof parsed === 'string') return usage(context, 'run', parsed);
  const gated: [string, string][] = [
    ['network', FEATURES.networkNone],
    ['ulimit', FEATURES.ulimit],
  ];
  for (const [option, since] of gated) {
    if (parsed.values.has(option) && !atLeast(context.version, since))
      return usage(context, 'run', `Unknown option '--${option}'`);
  }
  if (parsed.flags.has('read-only') && !atLeast(context.version, FEATURES.readOnly))
    return usage(context, 'run', "Unknown option '--read-only'");
  const [image = '', ...command] = parsed.rest;
  const id = last(parsed, 'name') ?? crypto.randomUUID();
  if (!NAME.test(id) || id.length > 63) return fail(context, 'invalidArgument', `invalid container ID ${id}`);
  if (context.state.containers[id]) return fail(context, 'exists', `container with id ${id} already exists`);
  if (!context.state.images.includes(image)) return fail(context, 'notFound', `image not found: ${image}`);
  const mounts = (parsed.values.get('volume') ?? []).map((volume) => {
    const [source = '', destination = '', options = ''] = volume.split(':');
    return { source, destination, options: options === '' ? [] : options.split(',') };
  });
  const envFile = last(parsed, 'env-file');
  const labels = Object.fromEntries(
    (parsed.values.get('label') ?? []).map((label) => [
      label.slice(0, label.indexOf('=')),
      label.slice(label.indexOf('=') + 1),
    ]),
  );
  const now = Date.now();
  const record: FakeContainerRecord = {
    id,
    image,
    state: 'running',
    labels,
    env: [...(envFile === undefined ? [] : readEnvFile(envFile)), ...(parsed.values.get('env') ?? [])],
    workdir: last(parsed, 'workdir') ?? '/',
    mounts,
    cpus: Number(last(parsed, 'cpus') ?? 4),
    memoryInBytes: memoryBytes(last(parsed, 'memory') ?? '1G'),
    network: last(parsed, 'network') ?? 'default',
    readOnly: parsed.flags.has('read-only'),
    ulimits: parsed.values.get('ulimit') ?? [],
    command,
    createdAt: now,
    startedAt: now,
  };
  context.state.containers[id] = record;
  saveState(context.statePath, context.state);
  context.out(`${id}\n`);
  return 0;
};

/** Kills the processes `exec` runs in container `id` (their pid files sit beside the state file). */
export function killExecs(context: FakeContext, id: string): void {
  const prefix = `${basename(context.statePath)}.exec.${id}.`;
  for (const name of readdirSync(dirname(context.statePath)).filter((file) => file.startsWith(prefix))) {
    try {
      process.kill(-Number(name.slice(prefix.length)), 'SIGKILL');
    } catch {
      // Already gone.
    }
    rmSync(join(dirname(context.statePath), name), { force: true });
  }
}

/** stop / kill / delete over several ids, with the per-version handling of unknown ids. */
function eachContainer(
  context: FakeContext,
  ids: string[],
  verb: string,
  act: (record: FakeContainerRecord) => string | undefined,
): number {
  let failed = false;
  for (const id of ids) {
    const record = context.state.containers[id];
    if (!record) {
      // Up to 0.10 unknown ids were silently skipped; from 0.11 each one is an error.
      if (atLeast(context.version, FEATURES.strictStopDelete)) {
        context.err(
          `Error: internalError: "failed to ${verb} container" (cause: "notFound: "container with ID ${id} not found"")\n`,
        );
        failed = true;
      }
      continue;
    }
    const problem = act(record);
    if (problem === undefined) context.out(`${id}\n`);
    else {
      context.err(`Error: internalError: "failed to ${verb} container" (cause: "${problem}")\n`);
      failed = true;
    }
  }
  saveState(context.statePath, context.state);
  return failed ? 1 : 0;
}

/** `container start <id>`. */
export const startCommand: Handler = (args, context) => {
  const [id = ''] = args.filter((arg) => !arg.startsWith('-'));
  const record = context.state.containers[id];
  if (!record) return fail(context, 'notFound', `container with ID ${id} not found`);
  Object.assign(record, { state: 'running', startedAt: Date.now() });
  saveState(context.statePath, context.state);
  context.out(`${id}\n`);
  return 0;
};

/** `container stop|kill [-t s] [-s signal] <ids...>`. */
export const stopCommand =
  (verb: 'stop' | 'kill'): Handler =>
  (args, context) => {
    const parsed = parseOptions(args, {
      valued: { '-t': 'time', '--time': 'time', '-s': 'signal', '--signal': 'signal' },
      flags: { '--all': 'all', '--debug': 'debug' },
      stopAtPositional: false,
    });
    if (typeof parsed === 'string') return usage(context, verb, parsed);
    return eachContainer(context, parsed.rest, verb, (record) => {
      killExecs(context, record.id);
      record.state = 'stopped';
      delete record.startedAt;
      return undefined;
    });
  };

/** `container delete|rm [-f] <ids...>`. */
export const deleteCommand: Handler = (args, context) => {
  const parsed = parseOptions(args, {
    valued: {},
    flags: { '-f': 'force', '--force': 'force', '--all': 'all', '--debug': 'debug' },
    stopAtPositional: false,
  });
  if (typeof parsed === 'string') return usage(context, 'delete', parsed);
  if (parsed.rest.length === 0 && !parsed.flags.has('all'))
    return fail(context, 'invalidArgument', 'no containers specified and --all not supplied');
  return eachContainer(context, parsed.rest, 'delete', (record) => {
    if (record.state === 'running' && !parsed.flags.has('force'))
      return `invalidState: "container ${record.id} is running and can not be deleted"`;
    killExecs(context, record.id);
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the state is a plain map keyed by id
    delete context.state.containers[record.id];
    return undefined;
  });
};

/** `container list|ls [--all] [--format json] [-q]`. */
export const listCommand: Handler = (args, context) => {
  const parsed = parseOptions(args, {
    valued: { '--format': 'format' },
    flags: { '-a': 'all', '--all': 'all', '-q': 'quiet', '--quiet': 'quiet', '--debug': 'debug' },
    stopAtPositional: false,
  });
  if (typeof parsed === 'string') return usage(context, 'list', parsed);
  const records = Object.values(context.state.containers).filter(
    (record) => parsed.flags.has('all') || record.state === 'running',
  );
  if (parsed.flags.has('quiet')) context.out(records.map((record) => `${record.id}\n`).join(''));
  else if (last(parsed, 'format') === 'json')
    context.out(`${JSON.stringify(records.map((record) => containerJson(record, context.version)))}\n`);
  else
    context.out(
      `ID  IMAGE  STATE\n${records.map((record) => `${record.id}  ${record.image}  ${record.state}\n`).join('')}`,
    );
  return 0;
};

/** `container inspect <ids...>`: an indented JSON array. */
export const inspectCommand: Handler = (args, context) => {
  const ids = args.filter((arg) => !arg.startsWith('-'));
  const found = ids.map((id) => context.state.containers[id]).filter((record) => record !== undefined);
  if (found.length < ids.length && atLeast(context.version, FEATURES.reshapedJson)) {
    return fail(
      context,
      'notFound',
      `container not found: ${ids.filter((id) => !context.state.containers[id]).join(', ')}`,
    );
  }
  context.out(
    `${JSON.stringify(
      found.map((record) => containerJson(record, context.version)),
      null,
      2,
    )}\n`,
  );
  return 0;
};
