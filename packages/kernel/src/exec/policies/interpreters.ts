import type { ArgumentPolicy } from '../argument-policy.js';
import { confine, deny } from './rules.js';

const INLINE = 'runs code given on the command line';
const PRELOAD = 'loads and runs a module before the script';
const RUNS_PACKAGE = 'downloads and runs an arbitrary package';

/**
 * Language runtimes and package runners. An interpreter runs code by nature (a script file, or
 * stdin), so allowlisting one grants code execution; these rules close the inline channels so the
 * code that runs is a file a reviewer can read, and refuse the package runners outright.
 */
export const INTERPRETER_POLICIES: Readonly<Record<string, ArgumentPolicy>> = {
  node: {
    underscores: true,
    options: [
      deny('-e', INLINE),
      deny('--eval', INLINE),
      deny('-p', INLINE),
      deny('--print', INLINE),
      deny('-r', PRELOAD),
      deny('--require', PRELOAD),
      deny('--import', PRELOAD),
      deny('--loader', PRELOAD),
      deny('--experimental-loader', PRELOAD),
      deny('--env-file', 'sets variables such as NODE_OPTIONS from a file'),
      deny('--env-file-if-exists', 'sets variables such as NODE_OPTIONS from a file'),
      deny('--openssl-config', 'loads OpenSSL engines (shared libraries)'),
      deny('--inspect', 'opens a debugger port that runs any code'),
      deny('--inspect-brk', 'opens a debugger port that runs any code'),
      deny('--inspect-wait', 'opens a debugger port that runs any code'),
      deny('--run', 'runs a package.json script through a shell'),
    ],
  },
  python: { options: [deny('-c', INLINE)] },
  perl: {
    options: [
      deny('-e', INLINE),
      deny('-E', INLINE),
      deny('-M', 'evaluates its text as `use …;` code'),
      deny('-m', PRELOAD),
    ],
  },
  ruby: { options: [deny('-e', INLINE), deny('-r', PRELOAD)] },
  php: {
    options: [
      deny('-r', INLINE),
      deny('-B', INLINE),
      deny('-R', INLINE),
      deny('-E', INLINE),
      deny('-d', 'sets ini entries such as auto_prepend_file'),
    ],
  },
  deno: { subcommands: [{ name: 'eval', reason: INLINE }] },
  bun: {
    options: [deny('-e', INLINE), deny('--eval', INLINE), deny('-p', INLINE), deny('--print', INLINE)],
    subcommands: [{ name: 'x', reason: RUNS_PACKAGE }],
  },
  npm: {
    abbreviations: true,
    options: [
      deny('--script-shell', 'chooses the shell npm runs scripts with'),
      deny('--node-options', 'passes NODE_OPTIONS (such as --require) to scripts'),
      deny('-c', 'npm exec -c runs a shell command'),
      deny('--call', 'npm exec --call runs a shell command'),
      deny('--userconfig', 'reads a config file that can set script-shell or node-options'),
      deny('--globalconfig', 'reads a config file that can set script-shell or node-options'),
      deny('--init-module', 'runs a JavaScript file during npm init'),
      confine('--prefix', 'makes npm work in that directory'),
    ],
    subcommands: [
      { name: 'exec', reason: RUNS_PACKAGE },
      { name: 'x', reason: RUNS_PACKAGE },
      { name: 'init', reason: 'npm init <initializer> downloads and runs create-<initializer>' },
      { name: 'create', reason: 'downloads and runs create-<initializer>' },
      { name: 'explore', reason: 'runs a shell in a package directory' },
      { name: 'edit', reason: 'runs an editor' },
      { name: 'config', reason: 'writes settings (script-shell, node-options) that run programs later' },
      { name: 'c', reason: 'alias of npm config' },
      { name: 'set', reason: 'alias of npm config set' },
    ],
  },
  pnpm: {
    options: [deny('-c', 'pnpm exec -c runs a shell command'), deny('--shell-mode', 'runs a shell command')],
    subcommands: [
      { name: 'dlx', reason: RUNS_PACKAGE },
      { name: 'create', reason: RUNS_PACKAGE },
      { name: 'config', reason: 'writes settings that run programs later' },
    ],
  },
  npx: { denyAll: RUNS_PACKAGE },
  pnpx: { denyAll: RUNS_PACKAGE },
  bunx: { denyAll: RUNS_PACKAGE },
  uvx: { denyAll: RUNS_PACKAGE },
};
