// Test data: paths an agent might use to escape its workspace. Each is denied with the given
// `path-denied` rule — at `checkPath`, or (with `between`) when the checked path is opened after
// an attacker changed the tree. traversal-corpus.test.ts runs every vector as a real write.
import { linkSync, mkdirSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The directories a vector works in (all real paths). */
export interface CorpusLayout {
  /** The workspace root. */
  readonly ws: string;
  /** A sibling of the workspace holding `secret.txt` and `dir/`. */
  readonly outside: string;
  /** OXIOS_HOME, placed inside the workspace (`ws/state`) with `oxios.db` and `config.toml`. */
  readonly home: string;
}

/** One attack. */
export interface TraversalVector {
  readonly name: string;
  readonly path: string | ((layout: CorpusLayout) => string);
  /** Prepares the tree (symlinks, files) before the attempt. */
  readonly setup?: (layout: CorpusLayout) => void;
  /** Runs after the check passed and before the open: the race an attacker would win. */
  readonly between?: (layout: CorpusLayout) => void;
  /** The expected `path-denied` rule. */
  readonly rule: string;
  /** Only writing is denied (reading is legitimately allowed). */
  readonly writeOnly?: boolean;
}

const link = (target: (layout: CorpusLayout) => string, name: string) => (layout: CorpusLayout) => {
  symlinkSync(target(layout), join(layout.ws, name));
};

/** The corpus. */
export const TRAVERSAL_CORPUS: readonly TraversalVector[] = [
  // `..` in every position
  { name: 'parent', path: '../escape.txt', rule: 'parent-traversal' },
  { name: 'nested parent', path: 'a/../../escape.txt', rule: 'parent-traversal' },
  { name: 'deep parent into sibling', path: 'a/b/../../../outside/escape.txt', rule: 'parent-traversal' },
  { name: 'dot then parent', path: './../escape.txt', rule: 'parent-traversal' },
  { name: 'bare parent', path: '..', rule: 'parent-traversal' },
  { name: 'parents with doubled slashes', path: 'a/b/c/../../../../..//outside/escape.txt', rule: 'parent-traversal' },
  // encoded forms are never decoded, always refused
  { name: 'encoded dots and slash', path: '%2e%2e%2fescape.txt', rule: 'percent-encoded' },
  { name: 'encoded dots', path: '%2e%2e/outside/escape.txt', rule: 'percent-encoded' },
  { name: 'encoded slash', path: '..%2foutside%2fescape.txt', rule: 'percent-encoded' },
  { name: 'double-encoded', path: '%252e%252e%252fescape.txt', rule: 'percent-encoded' },
  { name: 'encoded backslash', path: '..%5coutside%5cescape.txt', rule: 'percent-encoded' },
  { name: 'overlong UTF-8 dots', path: '%c0%ae%c0%ae/escape.txt', rule: 'percent-encoded' },
  // backslashes and mixed separators
  { name: 'backslash parent', path: '..\\escape.txt', rule: 'backslash' },
  { name: 'backslash nested', path: 'a\\..\\..\\escape.txt', rule: 'backslash' },
  { name: 'mixed separators', path: 'a/..\\../escape.txt', rule: 'backslash' },
  // absolute forms
  { name: 'absolute system file', path: '/etc/passwd', rule: 'absolute-outside-workspace' },
  { name: 'absolute with parent', path: '/etc/../tmp/escape.txt', rule: 'absolute-outside-workspace' },
  { name: 'double slash root', path: '//etc/passwd', rule: 'unc-path' },
  { name: 'UNC share', path: '//server/share/escape.txt', rule: 'unc-path' },
  { name: 'root', path: '/', rule: 'absolute-outside-workspace' },
  { name: 'absolute sibling', path: ({ outside }) => `${outside}/escape.txt`, rule: 'absolute-outside-workspace' },
  { name: 'absolute through the root', path: ({ ws }) => `${ws}/../outside/escape.txt`, rule: 'parent-traversal' },
  { name: 'root-prefix sibling', path: ({ ws }) => `${ws}-sibling/escape.txt`, rule: 'absolute-outside-workspace' },
  // NUL and control characters
  { name: 'NUL byte', path: 'escape.txt\u0000.png', rule: 'control-character' },
  { name: 'newline', path: 'escape\n.txt', rule: 'control-character' },
  // symlinks created in the workspace
  {
    name: 'symlink to outside file',
    path: 'link-file',
    setup: link((l) => join(l.outside, 'secret.txt'), 'link-file'),
    rule: 'symlink-escape',
  },
  {
    name: 'symlink to outside dir',
    path: 'link-dir/escape.txt',
    setup: link((l) => l.outside, 'link-dir'),
    rule: 'symlink-escape',
  },
  {
    name: 'symlink chain',
    path: 'chain1/escape.txt',
    setup: (l) => {
      symlinkSync(l.outside, join(l.ws, 'chain2'));
      symlinkSync(join(l.ws, 'chain2'), join(l.ws, 'chain1'));
    },
    rule: 'symlink-escape',
  },
  {
    name: 'relative symlink',
    path: 'rel-link/escape.txt',
    setup: link(() => '../outside', 'rel-link'),
    rule: 'symlink-escape',
  },
  {
    name: 'dangling symlink to a new outside file',
    path: 'dangling',
    setup: link((l) => join(l.outside, 'created.txt'), 'dangling'),
    rule: 'symlink-escape',
  },
  {
    name: 'dangling symlink to a new outside dir',
    path: 'dangling-dir/escape.txt',
    setup: link((l) => join(l.outside, 'newdir'), 'dangling-dir'),
    rule: 'symlink-escape',
  },
  {
    name: 'symlink to the filesystem root',
    path: 'root-link/etc/passwd',
    setup: link(() => '/', 'root-link'),
    rule: 'symlink-escape',
  },
  {
    name: 'symlink loop',
    path: 'loop-a/escape.txt',
    setup: (l) => {
      symlinkSync(join(l.ws, 'loop-b'), join(l.ws, 'loop-a'));
      symlinkSync(join(l.ws, 'loop-a'), join(l.ws, 'loop-b'));
    },
    rule: 'symlink-loop',
  },
  // races: the tree changes between check and open (TOCTOU)
  {
    name: 'symlink inside → outside created after check',
    path: 'later/escape.txt',
    between: link((l) => l.outside, 'later'),
    rule: 'changed-since-check',
  },
  {
    name: 'file swapped for a symlink after check',
    path: 'swap.txt',
    setup: (l) => {
      writeFileSync(join(l.ws, 'swap.txt'), 'mine');
    },
    between: (l) => {
      unlinkSync(join(l.ws, 'swap.txt'));
      symlinkSync(join(l.outside, 'secret.txt'), join(l.ws, 'swap.txt'));
    },
    rule: 'changed-since-check',
  },
  {
    name: 'parent directory swapped for a symlink after check',
    path: 'swapdir/escape.txt',
    setup: (l) => {
      mkdirSync(join(l.ws, 'swapdir'));
    },
    between: (l) => {
      renameSync(join(l.ws, 'swapdir'), join(l.ws, 'swapdir-old'));
      symlinkSync(l.outside, join(l.ws, 'swapdir'));
    },
    rule: 'changed-since-check',
  },
  {
    name: 'hard link to an outside file',
    path: 'hardlink.txt',
    setup: (l) => {
      linkSync(join(l.outside, 'secret.txt'), join(l.ws, 'hardlink.txt'));
    },
    rule: 'hard-link',
    writeOnly: true,
  },
  // Unicode look-alikes and invisible characters
  { name: 'one-dot leaders', path: '\u2024\u2024/escape.txt', rule: 'unicode-look-alike' },
  { name: 'two-dot leader', path: '\u2025/escape.txt', rule: 'unicode-look-alike' },
  { name: 'fullwidth dots and solidus', path: '\uff0e\uff0e\uff0fescape.txt', rule: 'unicode-look-alike' },
  { name: 'division slash', path: '..\u2215escape.txt', rule: 'unicode-look-alike' },
  { name: 'fraction slash', path: '..\u2044escape.txt', rule: 'unicode-look-alike' },
  { name: 'zero-width space between dots', path: '.\u200b./escape.txt', rule: 'invisible-character' },
  { name: 'right-to-left override', path: '\u202etxt.exe', rule: 'invisible-character' },
  { name: 'fullwidth letters', path: '\uff45\uff54\uff43/passwd', rule: 'unicode-compatibility' },
  // trailing dots and spaces (stripped by some filesystems)
  { name: 'three dots', path: '.../escape.txt', rule: 'trailing-dot-or-space' },
  { name: 'dots and a space', path: '.. /escape.txt', rule: 'trailing-dot-or-space' },
  { name: 'trailing dot', path: 'escape.txt.', rule: 'trailing-dot-or-space' },
  { name: 'trailing space', path: 'escape.txt ', rule: 'trailing-dot-or-space' },
  // home expansion is never done
  { name: 'tilde', path: '~/escape.txt', rule: 'home-expansion' },
  { name: 'tilde user', path: '~root/.ssh/authorized_keys', rule: 'home-expansion' },
  // sizes
  { name: 'very long path', path: `${'a/'.repeat(2100)}x`, rule: 'path-too-long' },
  { name: 'very long name', path: 'n'.repeat(300), rule: 'name-too-long' },
  { name: 'very deep path', path: `${'d/'.repeat(200)}x`, rule: 'path-too-deep' },
  // secrets: .oxios, OXIOS_HOME, credentials
  { name: '.oxios in the workspace', path: '.oxios/config.toml', rule: 'deny:global:**/.oxios{,/**}' },
  { name: 'nested .oxios', path: 'project/.oxios/token', rule: 'deny:global:**/.oxios{,/**}' },
  { name: '.oxios in other case', path: '.OXIOS/config.toml', rule: 'deny:global:**/.oxios{,/**}' },
  { name: 'OXIOS_HOME inside the workspace', path: 'state/oxios.db', rule: 'oxios-home' },
  {
    name: 'symlink to OXIOS_HOME',
    path: 'home-link/config.toml',
    setup: link((l) => l.home, 'home-link'),
    rule: 'oxios-home',
  },
  { name: 'absolute OXIOS_HOME file', path: ({ home }) => `${home}/config.toml`, rule: 'oxios-home' },
  { name: 'ssh keys', path: '.ssh/id_rsa', rule: 'deny:global:**/.ssh{,/**}' },
  {
    name: 'git hook (runs on the host)',
    path: '.git/hooks/pre-commit',
    rule: 'read-only:agent:**/.git/hooks{,/**}',
    writeOnly: true,
  },
  {
    name: 'git config (core.sshCommand)',
    path: '.git/config',
    rule: 'read-only:agent:**/.git/config',
    writeOnly: true,
  },
  // degenerate
  { name: 'empty', path: '', rule: 'empty-path' },
  { name: 'the workspace root itself', path: '.', rule: 'workspace-root', writeOnly: true },
  {
    name: 'through a file',
    path: 'plain.txt/escape.txt',
    setup: (l) => {
      writeFileSync(join(l.ws, 'plain.txt'), 'x');
    },
    rule: 'not-a-directory',
  },
];
