import { err } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { canonicalCommandName } from './command-name.js';
import { evaluateArgumentPolicy } from './evaluate-argument-policy.js';
import { DEFAULT_ARGUMENT_POLICIES } from './policies/default-argument-policies.js';

function evaluate(command: string, args: readonly string[]) {
  return evaluateArgumentPolicy(command, args, DEFAULT_ARGUMENT_POLICIES[canonicalCommandName(command)]);
}

function ruleOf(command: string, args: readonly string[]): string | undefined {
  const result = evaluate(command, args);
  return result.isErr() ? result.error.rule : undefined;
}

const GIT_HARDENING = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'protocol.ext.allow=never',
];

describe('evaluateArgumentPolicy', () => {
  it('allows git log a..b and runs it with the hardening configuration first', () => {
    expect(evaluate('git', ['log', 'a..b'])._unsafeUnwrap()).toEqual({
      args: [...GIT_HARDENING, 'log', 'a..b'],
      workspacePaths: [],
    });
  });

  it('refuses git -c with the argument and rule in the error', () => {
    expect(evaluate('git', ['-c', 'core.sshCommand=touch /tmp/pwned', 'fetch'])).toEqual(
      err({
        code: 'exec-denied',
        command: 'git',
        argument: '-c',
        rule: 'denied-option:-c',
        message: expect.stringContaining('-c sets configuration') as string,
      }),
    );
  });

  it.each([
    ['git', ['-ccore.pager=sh', 'log'], 'denied-option:-c'],
    ['git', ['--config-env=core.pager=EVIL', 'log'], 'denied-option:--config-env'],
    ['git', ['--exec-path=/tmp/x', 'log'], 'denied-option:--exec-path'],
    ['git', ['fetch', '--upload-pack=touch /tmp/x', 'origin'], 'denied-option:--upload-pack'],
    ['git', ['fetch', '--upload-pack', 'touch /tmp/x', 'origin'], 'denied-option:--upload-pack'],
    ['git', ['fetch', '--upload-p=touch /tmp/x', 'origin'], 'denied-option:--upload-pack'],
    ['git', ['ls-remote', '-u', 'touch /tmp/x', 'origin'], 'denied-option:-u'],
    ['git', ['clone', '-qu', 'touch /tmp/x', 'url'], 'denied-option:-u'],
    ['git', ['push', '--receive-pack=x', 'origin'], 'denied-option:--receive-pack'],
    ['git', ['archive', '--remote=r', '--exec=x', 'HEAD'], 'denied-option:--exec'],
    ['git', ['rebase', '--exec', 'make', 'main'], 'denied-option:--exec'],
    ['git', ['rebase', '-ix', 'make', 'main'], 'denied-option:-x'],
    ['git', ['clone', '-c', 'core.fsmonitor=x', 'url'], 'denied-option:-c'],
    ['git', ['clone', '--config=core.fsmonitor=x', 'url'], 'denied-option:--config'],
    ['git', ['grep', '-Ovim', 'needle'], 'denied-option:-O'],
    ['git', ['grep', '--open-files-in-pager=vim', 'needle'], 'denied-option:--open-files-in-pager'],
    ['git', ['diff', '--extcmd=x'], 'denied-option:--extcmd'],
    ['git', ['init', '--template=/tmp/hooks'], 'denied-option:--template'],
    ['git', ['--attr-source', 'HEAD', 'rebase', '-x', 'cmd'], 'denied-option:-x'],
    ['git', ['config', 'core.fsmonitor', 'touch /tmp/x'], 'denied-subcommand:config'],
    ['git', ['-p', 'filter-branch', '--tree-filter', 'x'], 'denied-subcommand:filter-branch'],
    ['git', ['bisect', 'run', 'make'], 'denied-subcommand:bisect run'],
    ['git', ['submodule', '--quiet', 'foreach', 'x'], 'denied-subcommand:submodule foreach'],
    ['git', ['st'], 'unknown-subcommand'],
    ['git', ['difftool', '-x', 'x'], 'unknown-subcommand'],
    ['git', ['--unknown-option', 'log'], 'unknown-global-option'],
    ['git', ['clone', 'ext::sh -c touch% /tmp/pwned', 'dir'], 'denied-pattern:ext-transport'],
    ['git', ['remote', 'add', 'origin', 'fd::17'], 'denied-pattern:ext-transport'],
    ['Git.exe', ['-c', 'x=y', 'log'], 'denied-option:-c'],
    ['gh', ['extension', 'install', 'owner/gh-x'], 'denied-subcommand:extension'],
    ['gh', ['alias', 'set', 'x', '!sh'], 'denied-subcommand:alias'],
    ['gh', ['repo', 'clone', 'o/r', '--', '--upload-pack=x'], 'denied-option:--'],
    ['osascript', ['-e', 'do shell script "id"'], 'denied-option:-e'],
    ['open', ['-a', 'Terminal', '.'], 'denied-option:-a'],
    ['open', ['-b', 'com.apple.Terminal'], 'denied-option:-b'],
    ['open', ['x.txt', '--args', '--evil'], 'denied-option:--args'],
    ['open', ['--env=DYLD_INSERT_LIBRARIES=/tmp/x.dylib', 'a.txt'], 'denied-option:--env'],
    ['open', ['Evil.app'], 'denied-pattern:launches-program'],
    ['open', ['run.command'], 'denied-pattern:launches-program'],
    ['open', ['x-man-page://ls'], 'denied-pattern:url-scheme'],
    ['curl', ['-K', 'options.txt', 'https://example.com'], 'denied-option:-K'],
    ['curl', ['--conf=options.txt', 'https://example.com'], 'denied-option:--config'],
    ['curl', ['--unix-socket', '/var/run/docker.sock', 'http://x/containers/json'], 'denied-option:--unix-socket'],
    ['ssh', ['-o', 'ProxyCommand=sh -c id', 'host'], 'denied-option:-o'],
    ['ssh', ['-oProxyCommand=sh -c id', 'host'], 'denied-option:-o'],
    ['ssh', ['-vo', 'LocalCommand=id', 'host'], 'denied-option:-o'],
    ['ssh', ['-F', 'evil_config', 'host'], 'denied-option:-F'],
    ['scp', ['-S', '/tmp/x', 'a', 'host:b'], 'denied-option:-S'],
    ['rsync', ['-e', 'sh -c id', 'a', 'host:b'], 'denied-option:-e'],
    ['find', ['.', '-exec', 'rm', '{}', ';'], 'denied-option:-exec'],
    ['find', ['.', '-okdir', 'rm', '{}', ';'], 'denied-option:-okdir'],
    ['tar', ['-xf', 'a.tar', '--to-command=sh'], 'denied-option:--to-command'],
    ['tar', ['--checkpoint-act=exec=sh', '-cf', 'a.tar', '.'], 'denied-option:--checkpoint-action'],
    ['tar', ['-I', 'sh -c id', '-xf', 'a.tar'], 'denied-option:-I'],
    ['env', ['-S', 'sh -c id'], 'denied-option:-S'],
    ['env', ['--sp=sh -c id'], 'denied-option:--split-string'],
    ['env', ['FOO=1', 'rm', '-rf', 'x'], 'denied-pattern:runs-command'],
    ['xargs', ['rm'], 'denied-pattern:runs-command'],
    ['npm', ['exec', 'cowsay'], 'denied-subcommand:exec'],
    ['npm', ['--prefix', 'x', 'exec', 'cowsay'], 'denied-subcommand:exec'],
    ['npm', ['run', 'build', '--script-sh=/tmp/x'], 'denied-option:--script-shell'],
    ['npm', ['config', 'set', 'script-shell', '/tmp/x'], 'denied-subcommand:config'],
    ['npx', ['cowsay'], 'command-denied'],
    ['node', ['-e', 'process.exit()'], 'denied-option:-e'],
    ['node', ['-pe', '1'], 'denied-option:-e'],
    ['node', ['--eval=1'], 'denied-option:--eval'],
    ['node', ['--require', './x.js', 'a.js'], 'denied-option:--require'],
    ['node', ['--inspect_brk=0.0.0.0:9229', 'a.js'], 'denied-option:--inspect-brk'],
    ['nodejs', ['--import=data:text/javascript,1', 'a.js'], 'denied-option:--import'],
    ['python3.12', ['-c', 'import os'], 'denied-option:-c'],
    ['python3', ['-Sc', 'import os'], 'denied-option:-c'],
    ['perl', ['-MList::Util=max', 'x.pl'], 'denied-option:-M'],
    ['perl', ['-Mstrict;system("id")', 'x.pl'], 'denied-option:-e'],
    ['ruby', ['-e', 'system("id")'], 'denied-option:-e'],
    ['php', ['-r', 'system("id");'], 'denied-option:-r'],
    ['bun', ['x', 'cowsay'], 'denied-subcommand:x'],
  ] as const)('refuses %s %j (%s)', (command, args, rule) => {
    expect(ruleOf(command, args)).toBe(rule);
  });

  it.each([
    ['git', ['log', '--oneline', 'main..feature', '--', 'src/']],
    ['git', ['log', '-c']],
    ['git', ['commit', '-c', 'HEAD']],
    ['git', ['add', '-u']],
    ['git', ['push', '-u', 'origin', 'main']],
    ['git', ['cherry-pick', '-x', 'abc123']],
    ['git', ['--no-pager', 'diff', 'HEAD~1..HEAD']],
    ['git', ['--version']],
    ['git', ['clone', 'https://github.com/o/r.git']],
    ['gh', ['pr', 'list', '--state', 'open']],
    ['curl', ['-sSL', 'https://example.com']],
    ['ssh', ['-p', '2222', 'host', 'uptime']],
    ['find', ['.', '-name', '*.ts', '-type', 'f']],
    ['env', []],
    ['env', ['FOO=1']],
    ['node', ['script.js', '--flag']],
    ['python3', ['script.py']],
    ['npm', ['run', 'build']],
    ['npm', ['ci', '--ignore-scripts']],
    ['osascript', ['notify.scpt']],
    ['open', ['README.md']],
    ['open', ['https://example.com']],
    ['tar', ['-czf', 'a.tgz', 'src']],
    ['unlisted-tool', ['-c', '--exec=anything']],
  ] as const)('allows %s %j', (command, args) => {
    expect(evaluate(command, args).isOk()).toBe(true);
  });

  it('collects path options for confinement instead of refusing them', () => {
    expect(evaluate('git', ['-C', 'sub', '--git-dir=other/.git', 'status'])._unsafeUnwrap().workspacePaths).toEqual([
      { option: '-C', value: 'sub' },
      { option: '--git-dir', value: 'other/.git' },
    ]);
    expect(evaluate('curl', ['-sSo', 'page.html', 'https://example.com'])._unsafeUnwrap().workspacePaths).toEqual([
      { option: '-o', value: 'page.html' },
    ]);
    expect(evaluate('find', ['.', '-fprint', '/tmp/list'])._unsafeUnwrap().workspacePaths).toEqual([
      { option: '-fprint', value: '/tmp/list' },
    ]);
  });
});
