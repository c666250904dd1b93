import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTempHome, getFreePort, runBin, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
// The ANSI escape introducer, ESC [.
const ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[`);

describe('oxios (built binary)', () => {
  let home: TempHome;
  const oxios = (args: string[], env: Record<string, string> = {}) =>
    runBin(bin, args, { env: { ...home.env, ...env } });
  beforeEach(async () => {
    home = await createTempHome();
  });
  afterEach(() => home.remove());

  it('prints its version with --version', async () => {
    const result = await oxios(['--version']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim()).toBe(manifest.version);
  });

  it('lists its commands with --help', async () => {
    const result = await oxios(['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Usage: oxios');
    expect(result.stdout).toContain('config');
  });

  it('exits 2 on an unknown command', async () => {
    const result = await oxios(['frobnicate']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
  });

  describe('doctor', () => {
    // A free port, so the port check cannot fail on a busy machine.
    const freePort = async () => ({ OXIOS_PORT: String(await getFreePort()) });

    it.skipIf(process.platform !== 'linux')('shows what the bwrap sandbox enforces on Linux', async () => {
      const result = await oxios(['doctor'], await freePort());
      expect(result.stdout).toMatch(/^✓ pass sandbox {4}bwrap \d+\.\d+\.\d+: available, isolation namespace/m);
      expect(result.stdout).toContain('(container.backend = "auto")');
      expect(result.stdout).toMatch(/network off unless allowed\s+yes/);
    });

    it('fails the host backend without allow_host, as the server would refuse it', async () => {
      writeFileSync(join(home.path, 'config.toml'), '[container]\nbackend = "host"\n');
      const result = await oxios(['doctor'], await freePort());
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(/^✗ fail config .*container\.backend/m);
      expect(result.stdout).toContain('allow_host = true');
    });

    it('reports the host backend, once allowed, as isolating nothing', async () => {
      writeFileSync(join(home.path, 'config.toml'), '[container]\nbackend = "host"\nallow_host = true\n');
      const result = await oxios(['doctor', '--json'], await freePort());
      expect(result.exitCode).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({
        ok: true,
        sandbox: { setting: 'host', probe: { backend: 'host', isolation: 'none', enforces: { readOnlyRoot: false } } },
      });
    });
  });

  describe('config path', () => {
    it('prints $OXIOS_HOME/config.toml', async () => {
      const result = await oxios(['config', 'path']);
      expect(result.stdout.trim()).toBe(join(home.path, 'config.toml'));
    });
  });

  describe('config show', () => {
    it('prints the effective config with environment overrides as JSON', async () => {
      writeFileSync(join(home.path, 'config.toml'), '[server]\nport = 4999\n');
      const result = await oxios(['config', 'show', '--json'], { OXIOS_LOG_LEVEL: 'debug' });
      expect(result.exitCode).toBe(0);
      const shown = JSON.parse(result.stdout) as {
        home: string;
        configPath: string;
        config: Record<string, Record<string, unknown>>;
      };
      expect(shown.home).toBe(home.path);
      expect(shown.config.server).toMatchObject({ host: '127.0.0.1', port: 4999 });
      expect(shown.config.log).toEqual({ level: 'debug' });
    });

    it('prints TOML for people, with no escape codes under NO_COLOR', async () => {
      const result = await oxios(['config', 'show'], { NO_COLOR: '1', FORCE_COLOR: '1' });
      expect(result.stdout).toContain('[server]');
      expect(result.stdout).toContain('host = "127.0.0.1"');
      expect(result.stdout + result.stderr).not.toMatch(ESCAPE);
    });

    it('fails with the key path when the config is invalid', async () => {
      writeFileSync(join(home.path, 'config.toml'), '[log]\nlevel = "chatty"\n');
      const result = await oxios(['config', 'show']);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('log.level: expected one of');
    });
  });

  describe('config validate', () => {
    it('exits 0 for a valid file', async () => {
      const file = join(home.path, 'ok.toml');
      writeFileSync(file, '[server]\nport = 4300\n');
      const result = await oxios(['config', 'validate', file]);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain(`${file} is valid`);
    });

    it('exits 2 for an invalid file and names every key path', async () => {
      const file = join(home.path, 'bad.toml');
      writeFileSync(file, '[server]\nport = "five"\nhots = "x"\n');
      const result = await oxios(['config', 'validate', file], { NO_COLOR: '1' });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('server.port: expected integer 1–65535, got "five"');
      expect(result.stderr).toContain('server.hots: unknown key (expected one of: host, port, ');
      expect(result.stderr).not.toMatch(ESCAPE);
    });

    it('reports invalid TOML with exit 2 and --json gives a parseable verdict', async () => {
      const file = join(home.path, 'broken.toml');
      writeFileSync(file, '[server\n');
      const result = await oxios(['config', 'validate', file, '--json']);
      expect(result.exitCode).toBe(2);
      expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, code: 'config-parse', path: file });
    });

    it('checks the environment overrides when no path is given', async () => {
      const result = await oxios(['config', 'validate'], { OXIOS_PORT: 'abc' });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('(from OXIOS_PORT)');
    });

    it('exits 4 when the named file does not exist', async () => {
      const result = await oxios(['config', 'validate', join(home.path, 'missing.toml')]);
      expect(result.exitCode).toBe(4);
    });
  });
});
