import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { skipReason, type ConformanceCase, type ConformanceTarget } from './conformance-target.js';
import { withSandbox } from './sandbox-fixture.js';

/** Each limit the probe says is enforced, tripped on purpose. */
export function limitCases(target: ConformanceTarget): ConformanceCase[] {
  const timeoutMs = 60_000;
  return [
    {
      name: 'the file size limit stops a larger write',
      skip: skipReason(target, 'fileSize'),
      timeoutMs,
      run: () =>
        withSandbox(target, { limits: { fileSizeMiB: 1 } }, async (sandbox) => {
          // Control: a write under the limit succeeds, so the failure below is the limit's doing.
          assert.equal((await sandbox.exec(['sh', '-c', 'head -c 524288 /dev/zero > small.bin'])).exitCode, 0);
          const result = await sandbox.exec(['sh', '-c', 'head -c 3145728 /dev/zero > big.bin']);
          assert.notEqual(result.exitCode, 0);
          assert.ok((await stat(join(sandbox.workspace, 'big.bin'))).size <= 1_048_576);
        }),
    },
    {
      name: 'the open files limit stops opening more',
      skip: skipReason(target, 'openFiles'),
      timeoutMs,
      run: () =>
        withSandbox(target, { limits: { openFiles: 32 } }, async (sandbox) => {
          const open = (count: number) => `for i in $(seq 1 ${count}); do exec {fd}</dev/null || exit 3; done`;
          assert.equal((await sandbox.exec(['bash', '-c', open(16)])).exitCode, 0);
          assert.equal((await sandbox.exec(['bash', '-c', open(64)])).exitCode, 3);
        }),
    },
    {
      name: 'the cpu time limit ends a busy loop',
      skip: skipReason(target, 'cpuTime'),
      timeoutMs,
      run: () =>
        withSandbox(target, { limits: { cpuSeconds: 1 } }, async (sandbox) => {
          const result = await sandbox.exec(['sh', '-c', 'while :; do :; done'], { timeoutMs: 20_000 });
          assert.equal(result.timedOut, false, 'only the wall-clock timeout stopped it');
          assert.notEqual(result.exitCode, 0);
        }),
    },
    {
      name: 'the process limit stops a fork storm',
      skip: skipReason(target, 'pids'),
      timeoutMs,
      run: () =>
        withSandbox(target, { limits: { pids: 16 } }, async (sandbox) => {
          const result = await sandbox.exec(['sh', '-c', 'for i in $(seq 1 64); do sleep 2 & done; wait'], {
            timeoutMs: 20_000,
          });
          assert.notEqual(result.exitCode, 0, 'started 64 processes under a limit of 16');
        }),
    },
    {
      name: 'the memory limit kills a process that exceeds it',
      skip: skipReason(target, 'memory'),
      timeoutMs,
      run: () =>
        withSandbox(target, { limits: { memoryMiB: 256 } }, async (sandbox) => {
          const small = 'x=$(head -c 4194304 /dev/zero | tr "\\0" a); echo ${#x}';
          assert.equal((await sandbox.exec(['sh', '-c', small], { timeoutMs: 40_000 })).stdout, '4194304\n');
          const grow = 'x=$(head -c 1073741824 /dev/zero | tr "\\0" a); echo ${#x}';
          const result = await sandbox.exec(['sh', '-c', grow], { timeoutMs: 40_000 });
          assert.notEqual(result.exitCode, 0);
          assert.ok(!result.stdout.includes('1073741824'));
        }),
    },
    {
      name: 'the address space limit refuses a large allocation',
      skip: skipReason(target, 'addressSpace'),
      timeoutMs,
      run: () =>
        withSandbox(target, { limits: { addressSpaceMiB: 64 } }, async (sandbox) => {
          assert.equal((await sandbox.exec(['sh', '-c', 'echo small'])).exitCode, 0);
          const grow = 'x=$(head -c 268435456 /dev/zero | tr "\\0" a); echo ${#x}';
          const result = await sandbox.exec(['sh', '-c', grow], { timeoutMs: 40_000 });
          assert.notEqual(result.exitCode, 0);
        }),
    },
    {
      name: 'the cpu quota is applied',
      skip:
        skipReason(target, 'cpus') ??
        'not asserted: a CPU quota is only observable through timing, which shared CI machines make flaky',
      timeoutMs,
      run: () => Promise.resolve(),
    },
  ];
}
