// The shared container conformance suite against the apple backend: with the fake CLI on every
// machine (fake-binary: behaviour and parsing, never isolation), and with the real `container`
// CLI only on a Mac where it is installed and running — elsewhere that run is reported skipped.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackendProbe } from '@oxios/kernel';
import { containerConformance, type ConformanceClaim, type ConformanceTarget } from '@oxios/kernel/testing';
import { createFakeContainer } from '@oxios/testkit';
import { afterAll, describe, it } from 'vitest';
import { createAppleBackend } from '../src/index.js';

const IMAGE = 'docker.io/library/debian:bookworm-slim';
const FAKE =
  'the fake container CLI runs commands on this host, so VM isolation and limits are only shown by the real CLI on macOS';
const ISOLATION_CLAIMS: readonly ConformanceClaim[] = [
  'filesystemIsolation',
  'readOnlyRoot',
  'privateTmp',
  'networkIsolation',
  'processIsolation',
  'cpus',
  'memory',
  'pids',
  'fileSize',
  'openFiles',
  'cpuTime',
  'addressSpace',
];
const scratch = await mkdtemp(join(tmpdir(), 'oxios-apple-conformance-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

function register(title: string, target: ConformanceTarget): void {
  describe(title, () => {
    for (const test of containerConformance(target)) {
      it.skipIf(test.skip !== undefined)(
        test.skip ? `${test.name} — skipped: ${test.skip}` : test.name,
        test.run,
        test.timeoutMs,
      );
    }
  });
}

for (const version of ['1.2.2', '0.12.1']) {
  const fake = await createFakeContainer({ version });
  afterAll(() => fake.remove());
  const backend = createAppleBackend({ binary: fake.binary, env: fake.env });
  (await backend.ensureImage({ kind: 'ref', ref: IMAGE }))._unsafeUnwrap();
  const probe = await backend.probe();
  const unverifiable = Object.fromEntries(ISOLATION_CLAIMS.map((claim) => [claim, FAKE]));
  register(`apple conformance, fake-binary (CLI ${version})`, {
    label: 'apple',
    backend,
    probe,
    image: IMAGE,
    scratch,
    unverifiable,
  });
}

/** Why the real CLI cannot be used here, or undefined when it can. */
function realCliUnavailable(): string | undefined {
  if (process.platform !== 'darwin') return `needs macOS with Apple's container CLI (this is ${process.platform})`;
  try {
    execFileSync('container', ['system', 'status'], { stdio: 'ignore', timeout: 15_000 });
    return undefined;
  } catch {
    return 'the container CLI is not installed or `container system status` reports it is not running';
  }
}

const realReason = realCliUnavailable();
if (realReason === undefined) {
  const backend = createAppleBackend();
  (await backend.ensureImage({ kind: 'ref', ref: IMAGE }))._unsafeUnwrap();
  const probe: BackendProbe = await backend.probe();
  register('apple conformance, real container CLI', { label: 'apple', backend, probe, image: IMAGE, scratch });
} else {
  describe('apple conformance, real container CLI', () => {
    it.skip(`skipped: ${realReason}`, () => undefined);
  });
}
