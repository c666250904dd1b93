import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG_TOML } from '@oxios/kernel';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ESCAPE, oxios, oxiosJson } from './support/oxios.js';
import { seedHome } from './support/seed-home.js';

/** True when `shell` is installed (zsh and fish are optional: their checks skip without them). */
function hasShell(shell: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${shell}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('oxios commands (built binary)', () => {
  let home: TempHome;
  beforeEach(async () => {
    home = await createTempHome();
  });
  afterEach(() => home.remove());

  describe('config get / set', () => {
    it('sets a value in place, keeping the comments, and reads it back', async () => {
      const set = await oxiosJson(home.env, ['config', 'set', 'server.port', '4300']);
      const path = join(home.path, 'config.toml');
      expect(set).toEqual({
        key: 'server.port',
        value: 4300,
        path,
        restartRequired: false,
        commentsKept: true,
        overriddenBy: null,
      });
      expect(readFileSync(path, 'utf8')).toBe(DEFAULT_CONFIG_TOML.replace('\nport = 4200\n', '\nport = 4300\n'));
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect((await oxios(home.env, ['config', 'get', 'server.port'])).stdout).toBe('4300\n');
      expect(await oxiosJson(home.env, ['config', 'get', 'server.port'])).toEqual({ key: 'server.port', value: 4300 });
    });

    it('reads text, lists and tables', async () => {
      await oxios(home.env, ['config', 'set', 'exec.optional_tools', '["jq", "rg"]']);
      await oxios(home.env, ['config', 'set', 'log.level', 'debug']);
      expect((await oxios(home.env, ['config', 'get', 'log.level'])).stdout).toBe('debug\n');
      expect((await oxios(home.env, ['config', 'get', 'exec.optional_tools'])).stdout).toBe('["jq","rg"]\n');
      expect((await oxios(home.env, ['config', 'get', 'log'])).stdout).toBe('level = "debug"\n');
    });

    it('refuses an invalid value with exit 2 and leaves the file untouched', async () => {
      writeFileSync(join(home.path, 'config.toml'), '# mine\n[server]\nport = 4300\n');
      const result = await oxios(home.env, ['config', 'set', 'server.port', 'eighty']);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('server.port: expected integer 1–65535, got "eighty"');
      expect(readFileSync(join(home.path, 'config.toml'), 'utf8')).toBe('# mine\n[server]\nport = 4300\n');
    });

    it('says when an environment variable overrides the key', async () => {
      const result = await oxios({ ...home.env, OXIOS_PORT: '4400', NO_COLOR: '1' }, [
        'config',
        'set',
        'server.port',
        '4300',
      ]);
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toContain('note: OXIOS_PORT is set in this environment and overrides it');
      expect((await oxios({ ...home.env, OXIOS_PORT: '4400' }, ['config', 'get', 'server.port'])).stdout).toBe(
        '4400\n',
      );
    });

    it('prints nothing on stdout for a known setting that is not set', async () => {
      const result = await oxios(home.env, ['config', 'get', 'server.tls_cert']);
      expect(result).toMatchObject({ exitCode: 0, stdout: '' });
      expect(await oxiosJson(home.env, ['config', 'get', 'server.tls_cert'])).toEqual({
        key: 'server.tls_cert',
        value: null,
      });
    });
  });

  describe('output', () => {
    it('is free of escape codes under NO_COLOR, even with FORCE_COLOR, on every stream', async () => {
      await seedHome(home.env);
      for (const args of [
        ['status'],
        ['audit'],
        ['approval', 'list'],
        ['token', 'revoke', 'nope'],
        ['config', 'get', 'x.y'],
      ]) {
        const result = await oxios({ ...home.env, NO_COLOR: '1', FORCE_COLOR: '1' }, args);
        expect(result.stdout + result.stderr, args.join(' ')).not.toMatch(ESCAPE);
      }
      // The same commands are coloured when forced, so the check above can fail.
      const forced = await oxios({ ...home.env, FORCE_COLOR: '1' }, ['audit']);
      expect(forced.stdout).toMatch(ESCAPE);
    });

    it('prints a created token alone on stdout, for $(oxios token create …)', async () => {
      const result = await oxios({ ...home.env, NO_COLOR: '1' }, ['token', 'create', 'deploy']);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(/^oxs_[A-Za-z0-9_-]{43}\n$/);
      expect(result.stderr).toContain('created token deploy');
    });
  });

  describe('help', () => {
    it('advertises every command', async () => {
      const help = await oxios(home.env, ['--help']);
      expect(help.exitCode).toBe(0);
      for (const command of [
        'serve',
        'run',
        'chat',
        'status',
        'config',
        'token',
        'session',
        'seed',
        'agent',
        'container',
        'program',
        'skill',
        'persona',
        'audit',
        'approval',
        'mcp',
        'completion',
      ])
        expect(help.stdout, command).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    });
  });

  describe('completion', () => {
    const complete = (script: string, words: string[]) =>
      execFileSync(
        'bash',
        [
          '-c',
          `source "$1"; COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _oxios; printf '%s\\n' "\${COMPREPLY[@]}"`,
          'complete',
          script,
        ],
        { encoding: 'utf8' },
      )
        .split('\n')
        .filter((line) => line !== '');

    it('generates a bash script from the command tree that completes nouns, verbs, options and choices', async () => {
      const result = await oxios(home.env, ['completion', 'bash']);
      expect(result.exitCode).toBe(0);
      const script = join(home.path, 'oxios.bash');
      writeFileSync(script, result.stdout);
      expect(complete(script, ['oxios', 'to'])).toEqual(['token']);
      expect(complete(script, ['oxios', 'token', ''])).toEqual(expect.arrayContaining(['create', 'list', 'revoke']));
      expect(complete(script, ['oxios', 'token', 'create', '--role', ''])).toEqual(['user', 'superuser', 'admin']);
      expect(complete(script, ['oxios', '--server', 'http://x', 'approval', 'list', '--st'])).toEqual(['--status']);
      expect(complete(script, ['oxios', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
      expect(complete(script, ['oxios', 'ru'])).toEqual(['run']);
      expect(complete(script, ['oxios', 'run', '--'])).toEqual(
        expect.arrayContaining(['--answers', '--force', '--yes', '--json']),
      );
      expect(complete(script, ['oxios', 'mc'])).toEqual(['mcp']);
      expect(complete(script, ['oxios', 'session', ''])).toEqual(expect.arrayContaining(['resume']));
    });

    it('generates zsh and fish scripts naming every visible command', async () => {
      const zsh = await oxios(home.env, ['completion', 'zsh']);
      expect(zsh.stdout.startsWith('#compdef oxios\n')).toBe(true);
      expect(zsh.stdout).toContain("'approve:approve a pending approval'");
      const fish = await oxios(home.env, ['completion', 'fish']);
      expect(fish.stdout).toContain("complete -c oxios -n '__fish_use_subcommand' -a 'token'");
      expect(fish.stdout).toContain("-l role -x -a 'user superuser admin'");
      expect((await oxios(home.env, ['completion', 'tcsh'])).exitCode).toBe(2);
    });

    it.skipIf(!hasShell('zsh'))('generates a zsh script that zsh parses', async () => {
      const script = join(home.path, '_oxios');
      writeFileSync(script, (await oxios(home.env, ['completion', 'zsh'])).stdout);
      expect(() => execFileSync('zsh', ['-n', script])).not.toThrow();
    });

    it.skipIf(!hasShell('fish'))('generates a fish script that completes verbs and choices in fish', async () => {
      const script = join(home.path, 'oxios.fish');
      writeFileSync(script, (await oxios(home.env, ['completion', 'fish'])).stdout);
      const fish = (line: string) =>
        execFileSync('fish', ['-c', `source ${script}; complete -C '${line}'`], { encoding: 'utf8' })
          .split('\n')
          .filter((entry) => entry !== '')
          .map((entry) => entry.split('\t')[0]);
      expect(fish('oxios token ')).toEqual(['create', 'list', 'ls', 'revoke']);
      expect(fish('oxios token create --role ').sort()).toEqual(['admin', 'superuser', 'user']);
    });
  });
});
