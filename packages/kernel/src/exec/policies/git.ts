import type { ArgumentPolicy } from '../argument-policy.js';
import { confine, deny } from './rules.js';

const CONFIG =
  'sets configuration for the run (core.sshCommand, core.pager, core.fsmonitor, alias.x=!cmd run programs)';
const UPLOAD_PACK = 'runs the given program instead of git-upload-pack';

/**
 * Built-in git subcommands the bridge runs. Anything else is refused: an alias or an external
 * `git-<name>` program can run arbitrary commands, and this list is what lets the bridge know
 * which subcommand — and so which options — it is looking at.
 */
const KNOWN_SUBCOMMANDS = [
  'add', 'am', 'annotate', 'apply', 'archive', 'bisect', 'blame', 'branch', 'bundle', 'cat-file',
  'check-attr', 'check-ignore', 'check-mailmap', 'check-ref-format', 'checkout', 'checkout-index',
  'cherry', 'cherry-pick', 'clean', 'clone', 'column', 'commit', 'commit-graph', 'commit-tree',
  'count-objects', 'describe', 'diff', 'diff-files', 'diff-index', 'diff-tree', 'fetch',
  'for-each-ref', 'format-patch', 'fsck', 'gc', 'grep', 'hash-object', 'init', 'interpret-trailers',
  'lfs', 'log', 'ls-files', 'ls-remote', 'ls-tree', 'merge', 'merge-base', 'merge-file', 'merge-tree',
  'mktag', 'mktree', 'mv', 'name-rev', 'notes', 'pull', 'push', 'range-diff', 'read-tree', 'rebase',
  'reflog', 'remote', 'repack', 'replace', 'request-pull', 'reset', 'restore', 'rev-list',
  'rev-parse', 'revert', 'rm', 'shortlog', 'show', 'show-branch', 'show-ref', 'sparse-checkout',
  'stash', 'status', 'stripspace', 'submodule', 'switch', 'symbolic-ref', 'tag', 'update-index',
  'update-ref', 'var', 'verify-commit', 'verify-tag', 'version', 'whatchanged', 'worktree', 'write-tree',
]; // prettier-ignore

/** git: global options are parsed strictly, and only built-in subcommands run. */
export const GIT_POLICY: ArgumentPolicy = {
  abbreviations: true,
  globalOptions: {
    flags: [
      '-v', '--version', '-h', '--help', '-p', '--paginate', '-P', '--no-pager', '--bare',
      '--no-replace-objects', '--no-lazy-fetch', '--no-optional-locks', '--no-advice',
      '--literal-pathspecs', '--glob-pathspecs', '--noglob-pathspecs', '--icase-pathspecs',
      '--html-path', '--man-path', '--info-path', '--list-cmds', '--super-prefix',
    ], // prettier-ignore
    withValue: ['-C', '-c', '--config-env', '--git-dir', '--work-tree', '--namespace', '--attr-source', '--exec-path'],
  },
  knownSubcommands: KNOWN_SUBCOMMANDS,
  options: [
    deny('-c', CONFIG, 'global'),
    deny('--config-env', CONFIG, 'global'),
    deny('--exec-path', 'runs git-* programs from the given directory', 'global'),
    confine('-C', 'changes the directory git works in', 'global'),
    confine('--git-dir', 'points git at another repository', 'global'),
    confine('--work-tree', 'points git at another working tree', 'global'),
    deny('-c', 'clone -c writes configuration (core.sshCommand, core.fsmonitor) into the new repository', ['clone']),
    deny('--config', 'clone --config writes configuration into the new repository', ['clone']),
    deny('--upload-pack', UPLOAD_PACK),
    deny('-u', UPLOAD_PACK, ['clone', 'ls-remote']),
    deny('--receive-pack', 'runs the given program instead of git-receive-pack'),
    deny('--exec', 'push/archive/ls-remote: runs the given program; rebase: runs a shell command per commit'),
    deny('-x', 'rebase -x runs a shell command after each commit', ['rebase']),
    deny('--extcmd', 'runs the given diff program'),
    deny('--open-files-in-pager', 'runs the given pager program'),
    deny('-O', 'grep -O runs the given pager program', ['grep']),
    deny('--template', 'copies hooks from a template directory into the repository'),
    confine('--separate-git-dir', 'puts the repository somewhere else'),
    confine('--output', 'writes the output to that file'),
    confine('-o', 'format-patch -o writes patches into that directory', ['format-patch']),
  ],
  subcommands: [
    { name: 'config', reason: 'writes settings (core.fsmonitor, core.sshCommand, aliases) that run programs later' },
    { name: 'filter-branch', reason: 'runs its filters as shell commands' },
    { name: 'send-email', reason: 'runs the configured sendmail command' },
    { name: 'credential', reason: 'prints stored credentials' },
    { name: 'bisect', word: 'run', reason: 'bisect run runs a command on each step' },
    { name: 'submodule', word: 'foreach', reason: 'submodule foreach runs a shell command in each submodule' },
  ],
  patterns: [
    {
      target: 'any',
      pattern: /(?:^|=)(?:ext|fd)::/i,
      label: 'ext-transport',
      reason: 'the ext:: and fd:: remote transports run commands',
    },
  ],
  // Command-line configuration wins over repository configuration, so a `.git/config` or hook
  // written by an agent cannot make the next git command run it.
  prefixArgs: ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'protocol.ext.allow=never'],
};
