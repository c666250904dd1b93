import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getFreePort, createTempHome, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ESCAPE, oxios } from './support/oxios.js';

const DoctorSchema = z.strictObject({
  ok: z.boolean(),
  checks: z.array(
    z.strictObject({
      id: z.string(),
      status: z.enum(['pass', 'warn', 'fail']),
      summary: z.string(),
      fix: z.string().optional(),
      details: z.array(z.string()).optional(),
    }),
  ),
  sandbox: z
    .object({ setting: z.string(), probe: z.object({ backend: z.string(), available: z.boolean() }) })
    .nullable(),
});

/** A PATH with git (the one required host tool) and nothing else: no bwrap. */
function pathWithoutSandbox(): string {
  const bin = mkdtempSync(join(tmpdir(), 'oxios-path-'));
  const git = execFileSync('sh', ['-c', 'command -v git || true'], { encoding: 'utf8' }).trim();
  if (git !== '') symlinkSync(git, join(bin, 'git'));
  return bin;
}

describe('oxios doctor', () => {
  let home: TempHome;
  let bin: string;
  beforeEach(async () => {
    home = await createTempHome();
    bin = pathWithoutSandbox();
  });
  afterEach(async () => {
    rmSync(bin, { recursive: true, force: true });
    await home.remove();
  });

  it('warns with a fix when there is no sandbox, and does not crash', async () => {
    const port = await getFreePort();
    const env = { ...home.env, PATH: bin, OXIOS_PORT: String(port), ANTHROPIC_API_KEY: 'sk-ant-SECRET-VALUE' };
    const result = await oxios(env, ['doctor', '--json']);
    const report = DoctorSchema.parse(JSON.parse(result.stdout));
    const byId = Object.fromEntries(report.checks.map((check) => [check.id, check]));
    expect(Object.keys(byId)).toEqual(['node', 'config', 'home', 'sandbox', 'llm', 'port', 'host-tools']);
    if (process.platform === 'linux') {
      expect(byId.sandbox).toMatchObject({
        status: 'warn',
        summary: expect.stringMatching(/^no sandbox: bwrap: unavailable/) as string,
      });
      expect(byId.sandbox?.fix).toContain('apt install bubblewrap');
      expect(report.sandbox).toMatchObject({ setting: 'auto', probe: { backend: 'bwrap', available: false } });
    }
    expect(byId.port).toMatchObject({ status: 'pass', summary: `127.0.0.1:${port} is free` });
    expect(byId.llm).toMatchObject({ status: 'pass', summary: 'keys present: ANTHROPIC_API_KEY' });
    // Warnings do not fail the run; key values are never printed.
    expect(report.ok).toBe(true);
    expect(result.exitCode).toBe(0);
    expect(result.stdout + result.stderr).not.toContain('SECRET-VALUE');
  });

  it('prints one line per check with a fix line under a warning, free of escapes under NO_COLOR', async () => {
    const env = { ...home.env, PATH: bin, NO_COLOR: '1', FORCE_COLOR: '1' };
    const result = await oxios(env, ['doctor']);
    expect(result.stdout).toMatch(/^✓ pass node {7}Node\.js /m);
    expect(result.stdout).toMatch(/^! warn llm {8}no LLM provider key is set/m);
    expect(result.stdout).toMatch(/^ {18}fix: export ANTHROPIC_API_KEY=/m);
    expect(result.stdout + result.stderr).not.toMatch(ESCAPE);
  });

  it('fails (exit 1) when OXIOS_HOME is readable by others', async () => {
    chmodSync(home.path, 0o755);
    const result = await oxios({ ...home.env, PATH: bin }, ['doctor']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`fix: chmod 700 ${home.path}`);
  });
});
