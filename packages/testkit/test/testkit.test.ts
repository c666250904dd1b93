import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempHome, getFreePort, runBin, startBin } from '../src/index.js';

describe('createTempHome', () => {
  it('creates a private folder, sets OXIOS_HOME and hides inherited OXIOS_ variables', async () => {
    process.env.OXIOS_PORT = '1';
    const home = await createTempHome();
    delete process.env.OXIOS_PORT;
    expect(statSync(home.path).isDirectory()).toBe(true);
    expect(statSync(home.path).mode & 0o777).toBe(0o700);
    expect(home.env.OXIOS_HOME).toBe(home.path);
    expect(home.env.OXIOS_PORT).toBeUndefined();
    await home.remove();
    expect(() => statSync(home.path)).toThrow();
  });
});

describe('runBin', () => {
  it('captures stdout, stderr, stdin and the exit code of a real process', async () => {
    await using home = await createTempHome();
    const script = join(home.path, 'echo.mjs');
    writeFileSync(
      script,
      `let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{process.stdout.write('out:'+s);process.stderr.write('err:'+process.argv[2]);process.exit(3)})`,
    );
    const result = await runBin(script, ['arg'], { input: 'hello' });
    expect(result).toMatchObject({ exitCode: 3, stdout: 'out:hello', stderr: 'err:arg', timedOut: false });
  });

  it('kills a process that outlives its timeout', async () => {
    await using home = await createTempHome();
    const script = join(home.path, 'hang.mjs');
    writeFileSync(script, 'setInterval(() => {}, 1000)');
    const result = await runBin(script, [], { timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
  });
});

describe('startBin', () => {
  it('waits for output and reports the exit after a signal', async () => {
    await using home = await createTempHome();
    const script = join(home.path, 'serve.mjs');
    writeFileSync(
      script,
      `process.on('SIGTERM',()=>{console.log('bye');process.exit(0)});console.log('ready');setInterval(()=>{},1000)`,
    );
    const running = startBin(script);
    await running.waitForOutput(/ready/);
    running.kill('SIGTERM');
    const result = await running.exited();
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('bye');
  });
});

describe('getFreePort', () => {
  it('returns a bindable port number', async () => {
    const port = await getFreePort();
    expect(port).toBeGreaterThan(0);
    expect(port).toBeLessThan(65_536);
  });
});
