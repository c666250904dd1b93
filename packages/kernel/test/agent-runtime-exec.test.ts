// Command tools in agent runs: host_exec through the real host-exec bridge and the access
// manager's approval gate, and aborts that must kill every process a tool started.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { startFakeLlm, type FakeLlm } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok } from 'neverthrow';
import {
  containerSandbox,
  createContainerManager,
  createHostBackend,
  parseConfig,
  type Approval,
  type ContainerAccess,
} from '../src/index.js';
import { createRuntimeFixture, SEED, type RuntimeFixture } from './support/runtime-fixture.js';

let fake: FakeLlm;
let fixture: RuntimeFixture;

beforeEach(async () => {
  fake = await startFakeLlm();
});
afterEach(async () => {
  fixture.dispose();
  await fake.close();
});

function input(signal?: AbortSignal) {
  return {
    agentId: 'agent-1',
    sessionId: 'session-1',
    seed: SEED,
    workspaceRoot: fixture.workspace,
    ...(signal ? { signal } : {}),
  };
}

async function until<T>(probe: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await delay(20);
  }
}

function pendingApproval(): Approval | undefined {
  const event = fixture.events.find((published) => published.type === 'approval-requested');
  return event?.type === 'approval-requested' ? event.approval : undefined;
}

/** True while `pid` runs; a killed process waiting to be reaped (a zombie) counts as dead. */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

describe('host_exec', () => {
  it('waits for a human approval, then runs the command through the bridge', async () => {
    fixture = createRuntimeFixture(fake, { hostAllowlist: ['echo'] });
    fixture.addAgent('agent-1', undefined, 'superuser');
    fake.push({ toolCalls: [{ name: 'host_exec', arguments: { command: 'echo', args: ['hello'] } }] }, { text: 'ok' });
    const running = fixture.runtime.run(input());
    const approval = await until(pendingApproval);
    expect(approval).toMatchObject({ subject: 'agent:agent-1', action: 'host-exec', resource: 'echo hello' });
    expect(fake.requests).toHaveLength(1);
    fixture.access.approvals.approve(approval.id, 'user:ann')._unsafeUnwrap();
    (await running)._unsafeUnwrap();
    expect(fake.requests[1]!.messages.at(-1)!.text).toMatch(/^exit code 0 after \d+\.\d s\n\[stdout\]\nhello$/);
  });

  it('tells the model when the approval is rejected, and runs nothing', async () => {
    fixture = createRuntimeFixture(fake, { hostAllowlist: ['touch'] });
    fixture.addAgent('agent-1', undefined, 'superuser');
    fake.push(
      { toolCalls: [{ name: 'host_exec', arguments: { command: 'touch', args: ['made.txt'] } }] },
      { text: 'ok' },
    );
    const running = fixture.runtime.run(input());
    const approval = await until(pendingApproval);
    fixture.access.approvals.reject(approval.id, 'user:ann', 'not now')._unsafeUnwrap();
    (await running)._unsafeUnwrap();
    expect(fake.requests[1]!.messages.at(-1)!.text).toMatch(/^Error \(approval-rejected\)/);
    expect(() => readFileSync(join(fixture.workspace, 'made.txt'))).toThrow();
  });

  it('refuses a command the bridge does not allow, as a tool error', async () => {
    fixture = createRuntimeFixture(fake, { hostAllowlist: ['echo'], access: { require_approval: [] } });
    fixture.addAgent('agent-1', undefined, 'superuser');
    fake.push({ toolCalls: [{ name: 'host_exec', arguments: { command: 'curl', args: ['x'] } }] }, { text: 'ok' });
    (await fixture.runtime.run(input()))._unsafeUnwrap();
    expect(fake.requests[1]!.messages.at(-1)!.text).toMatch(/^Error \(exec-denied\)/);
  });
});

describe('aborting a run', () => {
  it('stops it mid-tool and kills the processes the tool started', async () => {
    fixture = createRuntimeFixture(fake, { hostAllowlist: ['node'], access: { require_approval: [] } });
    fixture.addAgent('agent-1', undefined, 'superuser');
    const pids = join(fixture.workspace, 'pids.txt');
    writeFileSync(
      join(fixture.workspace, 'spawner.mjs'),
      [
        "import { spawn } from 'node:child_process';",
        "import { writeFileSync } from 'node:fs';",
        "const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });",
        `writeFileSync(${JSON.stringify(pids)}, process.pid + ' ' + child.pid);`,
        'setInterval(() => {}, 1000);',
      ].join('\n'),
    );
    fake.push({ toolCalls: [{ name: 'host_exec', arguments: { command: 'node', args: ['spawner.mjs'] } }] });
    const controller = new AbortController();
    const started = performance.now();
    const running = fixture.runtime.run(input(controller.signal));
    const [parent, child] = await until(() => {
      try {
        const text = readFileSync(pids, 'utf8').trim().split(' ').map(Number);
        return text.length === 2 ? text : undefined;
      } catch {
        return undefined;
      }
    });
    expect(alive(parent!) && alive(child!)).toBe(true);
    controller.abort();
    const error = (await running)._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'aborted' });
    expect(performance.now() - started).toBeLessThan(10_000);
    await until(() => (!alive(parent!) && !alive(child!) ? true : undefined), 3_000);
    expect(fixture.events).toContainEqual(
      expect.objectContaining({ type: 'tool-call-ended', tool: 'host_exec', isError: true }),
    );
    expect(fixture.events.at(-1)).toMatchObject({ type: 'agent-run-ended', status: 'aborted' });
    expect(fake.requests).toHaveLength(1);
  });

  it('stops it while the model is streaming', async () => {
    fixture = createRuntimeFixture(fake);
    fixture.addAgent('agent-1', undefined, 'superuser');
    fake.push({ text: ['a'], fault: { kind: 'stall', afterChunks: 1 } });
    const controller = new AbortController();
    const running = fixture.runtime.run(input(controller.signal));
    await fake.waitForRequests(1);
    controller.abort();
    expect((await running)._unsafeUnwrapErr()).toMatchObject({ code: 'aborted' });
  });
});

describe('container_exec in a project container', () => {
  it('runs in the container, sharing its workspace with the file tools', async () => {
    fixture = createRuntimeFixture(fake);
    fixture.addAgent('agent-1');
    const audits: unknown[] = [];
    // The containers subsystem's own authorisation port; allow-all here, recording its audit.
    const containerAccess: ContainerAccess = {
      authorize: () => ok(undefined),
      audit: (entry) => {
        audits.push(entry);
        return ok(undefined);
      },
    };
    const config = parseConfig('[container]\nbackend = "host"\nallow_host = true\n', 'c')._unsafeUnwrap().container;
    const manager = createContainerManager({
      store: fixture.store,
      backend: createHostBackend({ allowHost: true }),
      access: containerAccess,
      home: fixture.root,
      config,
    });
    (await manager.create({ subject: 'user:ann' }, { name: 'proj' }))._unsafeUnwrap();
    const project = containerSandbox(manager, 'proj', { subject: 'agent:agent-1', agentId: 'agent-1' })._unsafeUnwrap();
    fake.push(
      {
        toolCalls: [{ name: 'container_exec', arguments: { command: 'mkdir -p out && echo built > out/result.txt' } }],
      },
      { toolCalls: [{ name: 'read', arguments: { path: 'out/result.txt' } }] },
      { text: 'Built.' },
    );
    const run = await fixture.runtime.run({
      agentId: 'agent-1',
      sessionId: 'session-1',
      seed: SEED,
      workspaceRoot: project.workspaceRoot,
      sandbox: project.sandbox,
    });
    expect(run._unsafeUnwrap().text).toBe('Built.');
    expect(fake.requests[1]!.messages.at(-1)!.text).toMatch(/^exit code 0/);
    expect(fake.requests[2]!.messages.at(-1)!.text).toBe('built\n');
    expect(fake.requests[0]!.system).toContain('container_exec runs shell commands in a host sandbox');
    expect(audits).toContainEqual(
      expect.objectContaining({ subject: 'agent:agent-1', action: 'container-exec', allowed: true }),
    );
  });
});
