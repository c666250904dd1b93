import type { ArgumentPolicy } from '../argument-policy.js';
import { confine, deny } from './rules.js';

const WRITES = 'writes a file there';
const RUNS_EACH = 'runs a command for each file';
const SSH_OPTIONS = 'ssh options include ProxyCommand, LocalCommand and KnownHostsCommand, which run local programs';

/** Everyday host tools whose options run programs, load libraries or write outside the workspace. */
export const HOST_TOOL_POLICIES: Readonly<Record<string, ArgumentPolicy>> = {
  gh: {
    options: [deny('--', 'gh repo clone/fork pass arguments after -- to git unchecked', ['repo'])],
    subcommands: [
      { name: 'extension', reason: 'installs and runs extension programs' },
      { name: 'extensions', reason: 'installs and runs extension programs' },
      { name: 'ext', reason: 'installs and runs extension programs' },
      { name: 'alias', reason: 'shell aliases (--shell, !cmd) run commands' },
      { name: 'config', reason: 'sets the editor, pager and browser commands gh runs later' },
    ],
  },
  curl: {
    abbreviations: true,
    options: [
      deny('-K', 'reads further options from a file'),
      deny('--config', 'reads further options from a file'),
      deny('--engine', 'loads an OpenSSL engine (a shared library)'),
      deny('--unix-socket', 'talks to local daemons such as the Docker socket'),
      deny('--abstract-unix-socket', 'talks to local daemons over abstract sockets'),
      confine('-o', WRITES),
      confine('--output', WRITES),
      confine('--output-dir', WRITES),
      confine('-D', WRITES),
      confine('--dump-header', WRITES),
      confine('-c', WRITES),
      confine('--cookie-jar', WRITES),
      confine('--trace', WRITES),
      confine('--trace-ascii', WRITES),
      confine('--stderr', WRITES),
      confine('--libcurl', WRITES),
      confine('--etag-save', WRITES),
      confine('--hsts', WRITES),
      confine('--alt-svc', WRITES),
      confine('-T', 'uploads that file'),
      confine('--upload-file', 'uploads that file'),
    ],
  },
  ssh: {
    options: [
      deny('-o', SSH_OPTIONS),
      deny('-F', 'reads a config file that can set ProxyCommand and LocalCommand'),
      deny('-I', 'loads a PKCS#11 shared library'),
      confine('-E', 'appends the debug log to that file'),
    ],
  },
  scp: {
    options: [
      deny('-S', 'runs the given program for the connection'),
      deny('-o', SSH_OPTIONS),
      deny('-F', 'reads a config file that can set ProxyCommand'),
    ],
  },
  sftp: {
    options: [
      deny('-S', 'runs the given program for the connection'),
      deny('-D', 'runs the given local sftp-server program'),
      deny('-o', SSH_OPTIONS),
      deny('-F', 'reads a config file that can set ProxyCommand'),
    ],
  },
  rsync: {
    abbreviations: true,
    options: [
      deny('-e', 'runs the given remote-shell program locally'),
      deny('--rsh', 'runs the given program locally'),
    ],
  },
  find: {
    options: [
      deny('-exec', RUNS_EACH),
      deny('-execdir', RUNS_EACH),
      deny('-ok', RUNS_EACH),
      deny('-okdir', RUNS_EACH),
      confine('-fprint', WRITES),
      confine('-fprint0', WRITES),
      confine('-fprintf', WRITES),
      confine('-fls', WRITES),
    ],
  },
  tar: {
    abbreviations: true,
    options: [
      deny('--to-command', 'pipes each extracted file into a command'),
      deny('-I', 'runs the given compression program'),
      deny('--use-compress-program', 'runs the given compression program'),
      deny('--checkpoint-action', 'exec= runs a command at each checkpoint'),
      deny('--rsh-command', 'runs the given remote-shell program'),
      deny('--rmt-command', 'runs the given remote-tape program'),
      deny('-F', 'runs a script at the end of each volume'),
      deny('--info-script', 'runs a script at the end of each volume'),
      deny('--new-volume-script', 'runs a script at the end of each volume'),
      confine('-C', 'reads or extracts there'),
      confine('--directory', 'reads or extracts there'),
    ],
  },
  env: {
    abbreviations: true,
    options: [
      deny('-S', 'splits a string into a command line and runs it'),
      deny('--split-string', 'splits a string into a command line and runs it'),
      confine('-C', 'runs in that directory'),
      confine('--chdir', 'runs in that directory'),
    ],
    patterns: [
      {
        target: 'positional',
        pattern: /^[^=]*$/,
        label: 'runs-command',
        reason: 'env runs its first argument that is not NAME=value as a command',
      },
    ],
  },
  xargs: {
    patterns: [
      { target: 'positional', pattern: /^/, label: 'runs-command', reason: 'xargs runs its arguments as a command' },
    ],
  },
};
