import { existsSync } from 'node:fs';
import { fail, last, parseOptions, usage, type FakeContext, type Handler } from './cli-support.js';
import { saveState } from './state.js';
import { atLeast, FEATURES } from './versions.js';

const COMMIT = '1a2b3c4';

/** `container --version`. */
export const versionCommand: Handler = (_args, context) => {
  context.out(`container CLI version ${context.version} (build: release, commit: ${COMMIT})\n`);
  return 0;
};

function statusJson(context: FakeContext, running: boolean): string {
  const status = running ? 'running' : context.scenario === 'unregistered' ? 'unregistered' : 'not running';
  const filled = running
    ? {
        appRoot: '/Users/me/Library/Application Support/com.apple.container/',
        installRoot: '/usr/local/',
        logRoot: '',
        apiServerVersion: context.version,
        apiServerCommit: COMMIT,
        apiServerBuild: 'release',
        apiServerAppName: 'container-apiserver',
      }
    : {
        appRoot: '',
        installRoot: '',
        apiServerVersion: '',
        apiServerCommit: '',
        apiServerBuild: '',
        apiServerAppName: '',
      };
  const body: Record<string, string> = { ...filled, status };
  return `${JSON.stringify(
    Object.fromEntries(
      Object.keys(body)
        .sort()
        .map((key) => [key, body[key]]),
    ),
  )}\n`;
}

/** `container system status|start|stop|version`. */
export const systemCommand: Handler = (args, context) => {
  const [sub = '', ...rest] = args;
  if (sub === 'status') {
    const parsed = parseOptions(rest, {
      valued: { '--format': 'format', '--prefix': 'prefix' },
      flags: { '--debug': 'debug' },
      stopAtPositional: false,
    });
    if (typeof parsed === 'string') return usage(context, 'system status', parsed);
    const format = last(parsed, 'format');
    if (format !== undefined && !atLeast(context.version, FEATURES.statusFormat))
      return usage(context, 'system status', "Unknown option '--format'");
    const running = context.state.systemRunning;
    if (format === 'json') context.out(statusJson(context, running));
    else if (running) context.out('apiserver is running\n');
    else
      context.out(
        context.scenario === 'unregistered'
          ? 'apiserver is not running and not registered with launchd\n'
          : 'apiserver is not running\n',
      );
    return running ? 0 : 1;
  }
  if (sub === 'start') {
    const parsed = parseOptions(rest, {
      valued: {
        '--timeout': 'timeout',
        '--app-root': 'app-root',
        '--install-root': 'install-root',
        '--log-root': 'log-root',
      },
      flags: { '--enable-kernel-install': 'enable', '--disable-kernel-install': 'disable', '--debug': 'debug' },
      stopAtPositional: false,
    });
    if (typeof parsed === 'string') return usage(context, 'system start', parsed);
    if (context.scenario === 'ci-xpc')
      return fail(
        context,
        'internalError',
        'failed to get a response from apiserver: interrupted: "XPC connection error: Connection invalid"',
      );
    if (!parsed.flags.has('enable') && !parsed.flags.has('disable')) {
      context.out(
        'No default kernel configured.\nInstall the recommended default kernel from [https://github.com/kata-containers/kata-containers/releases]? [Y/n]: ',
      );
      return fail(context, 'internalError', 'failed to read user input');
    }
    context.state.systemRunning = true;
    saveState(context.statePath, context.state);
    context.out('Verifying apiserver is running...\n');
    return 0;
  }
  if (sub === 'stop') {
    context.state.systemRunning = false;
    saveState(context.statePath, context.state);
    return 0;
  }
  if (sub === 'version' && atLeast(context.version, FEATURES.systemVersion)) {
    const cli = { appName: 'container', buildType: 'release', commit: COMMIT, version: context.version };
    const server = {
      appName: 'container-apiserver',
      buildType: 'release',
      commit: COMMIT,
      version: `container-apiserver version ${context.version} (build: release, commit: ${COMMIT})`,
    };
    context.out(`${JSON.stringify(context.state.systemRunning ? [cli, server] : [cli])}\n`);
    return 0;
  }
  return usage(context, 'system', `Unexpected argument '${sub}'`);
};

/** `container image inspect|pull|list`. */
export const imageCommand: Handler = (args, context) => {
  const [sub = '', ...rest] = args;
  const parsed = parseOptions(rest, {
    valued: {
      '--platform': 'platform',
      '--arch': 'arch',
      '--os': 'os',
      '--scheme': 'scheme',
      '--progress': 'progress',
      '--format': 'format',
    },
    flags: { '--debug': 'debug', '-q': 'quiet' },
    stopAtPositional: false,
  });
  if (typeof parsed === 'string') return usage(context, `image ${sub}`, parsed);
  const [reference = ''] = parsed.rest;
  if (sub === 'inspect') {
    if (!context.state.images.includes(reference)) return fail(context, 'notFound', `image not found: ${reference}`);
    context.out(
      `${JSON.stringify([{ name: reference, index: { digest: 'sha256:0123abcd', mediaType: 'application/vnd.oci.image.index.v1+json', size: 1234 }, variants: [] }], null, 2)}\n`,
    );
    return 0;
  }
  if (sub === 'pull') {
    if (reference.includes('does-not-exist'))
      return fail(context, 'notFound', `failed to pull ${reference}`, `notFound: "manifest unknown"`);
    context.err(`Fetching image ${reference}\n`);
    context.state.images.push(reference);
    saveState(context.statePath, context.state);
    return 0;
  }
  if (sub === 'list' || sub === 'ls') {
    context.out(`${JSON.stringify(context.state.images.map((name) => ({ name })))}\n`);
    return 0;
  }
  return usage(context, 'image', `Unexpected argument '${sub}'`);
};

/** `container build -t <tag> -f <file> <context>`. */
export const buildCommand: Handler = (args, context) => {
  const parsed = parseOptions(args, {
    valued: {
      '-t': 'tag',
      '--tag': 'tag',
      '-f': 'file',
      '--file': 'file',
      '--build-arg': 'build-arg',
      '--target': 'target',
      '--platform': 'platform',
      '--arch': 'arch',
    },
    flags: { '--no-cache': 'no-cache', '--pull': 'pull', '-q': 'quiet', '--quiet': 'quiet', '--debug': 'debug' },
    stopAtPositional: false,
  });
  if (typeof parsed === 'string') return usage(context, 'build', parsed);
  const file = last(parsed, 'file');
  const directory = parsed.rest[0] ?? '.';
  if (file !== undefined && file !== '-' && !existsSync(file))
    return fail(context, 'notFound', `no such file: ${file}`);
  if (!existsSync(directory)) return fail(context, 'notFound', `build context not found: ${directory}`);
  for (const tag of parsed.values.get('tag') ?? []) context.state.images.push(tag);
  saveState(context.statePath, context.state);
  context.err('#1 [internal] load build definition\n#1 DONE 0.1s\n');
  return 0;
};
