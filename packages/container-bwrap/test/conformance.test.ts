// The shared container conformance suite, run against real bubblewrap. On Linux the backend must
// be usable (CI installs bubblewrap); elsewhere the suite is reported as skipped.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containerConformance } from '@oxios/kernel/testing';
import { afterAll, describe, it } from 'vitest';
import { createBwrapBackend } from '../src/index.js';

const linux = process.platform === 'linux';
const scratch = await mkdtemp(join(tmpdir(), 'oxios-bwrap-conformance-'));
const backend = createBwrapBackend();
const probe = await backend.probe();

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe.skipIf(!linux)('bwrap conformance (real bubblewrap)', () => {
  for (const test of containerConformance({ label: 'bwrap', backend, probe, image: 'host', scratch })) {
    it.skipIf(test.skip !== undefined)(
      test.skip ? `${test.name} — skipped: ${test.skip}` : test.name,
      test.run,
      test.timeoutMs,
    );
  }
});
