import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { skipReason, type ConformanceCase, type ConformanceTarget } from './conformance-target.js';
import { withSandbox } from './sandbox-fixture.js';

/** Probe, create/inspect/list, and idempotent stop/remove. */
export function lifecycleCases(target: ConformanceTarget): ConformanceCase[] {
  const { backend } = target;
  const timeoutMs = 30_000;
  return [
    {
      name: 'probe reports an available backend of its kind',
      timeoutMs,
      run: async () => {
        const probe = await backend.probe();
        assert.equal(probe.available, true, probe.reason);
        assert.equal(probe.backend, backend.kind);
        assert.ok(['vm', 'namespace', 'none'].includes(probe.isolation));
      },
    },
    {
      name: 'creates a sandbox that inspect and list (filtered by label) report as running',
      timeoutMs,
      run: () => {
        const suite = randomUUID();
        return withSandbox(target, { labels: { 'oxios.suite': suite } }, async (sandbox) => {
          assert.equal(sandbox.info.state, 'running');
          const inspected = (await backend.inspect(sandbox.info.id))._unsafeUnwrap();
          assert.equal(inspected?.state, 'running');
          assert.equal(inspected.labels['oxios.suite'], suite);
          const listed = (await backend.list({ labels: { 'oxios.suite': suite } }))._unsafeUnwrap();
          assert.deepEqual(
            listed.map((info) => info.id),
            [sandbox.info.id],
          );
          assert.equal((await backend.inspect(`missing-${suite}`))._unsafeUnwrap(), null);
        });
      },
    },
    {
      name: 'stop and remove are idempotent, and a stopped sandbox refuses commands until started',
      timeoutMs,
      run: () =>
        withSandbox(target, {}, async (sandbox) => {
          const { id } = sandbox.info;
          (await backend.stop(id))._unsafeUnwrap();
          (await backend.stop(id))._unsafeUnwrap();
          const refused = await backend.exec(id, ['true'], { timeoutMs: 10_000, maxOutputBytes: 1024 });
          assert.equal(refused.isErr() && refused.error.code, 'not-running');
          assert.equal((await backend.start(id))._unsafeUnwrap().state, 'running');
          assert.equal((await sandbox.exec(['true'])).exitCode, 0);
          (await backend.remove(id))._unsafeUnwrap();
          (await backend.remove(id))._unsafeUnwrap();
          assert.equal((await backend.inspect(id))._unsafeUnwrap(), null);
          const gone = await backend.exec(id, ['true'], { timeoutMs: 10_000, maxOutputBytes: 1024 });
          assert.equal(gone.isErr() && gone.error.code, 'not-found');
          (await backend.stop(`never-${randomUUID()}`))._unsafeUnwrap();
          (await backend.remove(`never-${randomUUID()}`))._unsafeUnwrap();
        }),
    },
    {
      name: 'stop kills a running command',
      skip: skipReason(target, 'processIsolation'),
      timeoutMs,
      run: () =>
        withSandbox(target, {}, async (sandbox) => {
          const started = performance.now();
          const running = backend.exec(sandbox.info.id, ['sleep', '30'], { timeoutMs: 60_000, maxOutputBytes: 1024 });
          await new Promise((resolve) => setTimeout(resolve, 500));
          (await backend.stop(sandbox.info.id))._unsafeUnwrap();
          const result = await running;
          assert.ok(performance.now() - started < 20_000, 'the command outlived stop');
          assert.ok(result.isErr() || result.value.exitCode !== 0);
        }),
    },
  ];
}
