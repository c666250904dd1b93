import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTempHome, startFakeLlm } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { createKernel, createSeedRepository } from '../src/index.js';
import { createBrain } from './support/ouroboros-brain.js';
import { testKernelConfig } from './support/kernel-fixture.js';
import { FAKE_ENV } from './support/llm-fixtures.js';

const kernelDist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('a kernel killed mid-execute', () => {
  it('comes back with the session interrupted (reason shown), its lineage intact, and resumes to a pass', async () => {
    await using home = await createTempHome();
    await using fake = await startFakeLlm();
    let agentStarted: (value: unknown) => void = () => undefined;
    const agentRunning = new Promise((resolve) => {
      agentStarted = resolve;
    });
    let stall = true;
    const brain = createBrain({
      clarity: () => 0.95,
      // The agent's first request never gets an answer while `stall` is on: the kill lands mid-execute.
      holdFor: (_text, request) => {
        if (request.tools.length <= 1 || !stall) return undefined;
        agentStarted(undefined);
        return new Promise(() => undefined);
      },
    });
    fake.setResponder(brain.respond);
    const config = testKernelConfig(home.path, fake);
    const configFile = join(home.path, 'kernel-config.json');
    writeFileSync(configFile, JSON.stringify(config));
    const script = join(home.path, 'runner.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';
import { createKernel } from ${JSON.stringify(kernelDist)};
const kernel = createKernel(JSON.parse(readFileSync(${JSON.stringify(configFile)}, 'utf8')), { env: ${JSON.stringify(FAKE_ENV)} });
if (kernel.isErr()) { console.error(kernel.error.message); process.exit(3); }
const session = kernel.value.sessions.create({ userId: 'ann', id: 'restart-me' })._unsafeUnwrap();
console.log('session', session.id);
const outcome = await kernel.value.orchestrator.handle({ sessionId: session.id, userId: 'ann', text: 'write hello.txt' });
console.error('finished (unexpected)', JSON.stringify(outcome.isErr() ? outcome.error : outcome.value.kind));`,
    );
    const child = spawn(process.execPath, [script], { env: home.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await Promise.race([agentRunning, exited.then(() => Promise.reject(new Error(`runner exited early: ${stderr}`)))]);
    child.kill('SIGKILL');
    await exited;

    stall = false;
    const kernel = createKernel(config, { env: FAKE_ENV })._unsafeUnwrap();
    try {
      // Recovery ran while the kernel started.
      const session = kernel.sessions.get('restart-me')._unsafeUnwrap();
      expect(session.status).toBe('interrupted');
      expect(session.statusReason).toContain('resume');
      const state = (await kernel.orchestrator.state('restart-me'))._unsafeUnwrap();
      expect(state).toMatchObject({ status: 'interrupted', phase: 'execute' });
      expect(state?.lineage.generations).toHaveLength(1);
      const seedId = state?.lineage.generations[0]?.seed.id ?? '';
      expect(createSeedRepository(kernel.store).get(seedId)._unsafeUnwrap().seed.id).toBe(seedId);
      // The agent that was running is recorded as failed by the restart, not left "running".
      expect(kernel.supervisor.list({ status: 'running' })._unsafeUnwrap().items).toEqual([]);

      const resumed = (await kernel.orchestrator.resume({ sessionId: 'restart-me', userId: 'ann' }))._unsafeUnwrap();
      expect(resumed).toMatchObject({ kind: 'result', outcome: 'passed', generation: 1 });
      expect(kernel.sessions.get('restart-me')._unsafeUnwrap().status).toBe('completed');
    } finally {
      await kernel.close();
    }
  }, 120_000);
});
