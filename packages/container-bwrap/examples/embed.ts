// Run a command in a bubblewrap sandbox: read-only system folders, a writable workspace, no network.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBwrapBackend } from '@oxios/container-bwrap';
import { describeProbe } from '@oxios/kernel';

const backend = createBwrapBackend({ hide: [join(tmpdir(), 'my-oxios-home')] }); // never visible inside
const probe = await backend.probe();
console.log(describeProbe(probe).join('\n'));

const workspace = mkdtempSync(join(tmpdir(), 'oxios-workspace-'));
const limits = { cpus: 1, memoryMiB: 512, pids: 64, fileSizeMiB: 8, openFiles: 64, cpuSeconds: 9, addressSpaceMiB: 0 };
const options = { timeoutMs: 10_000, maxOutputBytes: 65_536 };
const run = await backend
  .create({ name: 'demo', image: 'host', workspace, network: false, limits })
  .andThen(() => backend.exec('demo', ['sh', '-c', 'echo hello > hello.txt && pwd'], options));
if (run.isOk()) console.log(`exit ${run.value.exitCode}: ${run.value.stdout.trim()}`);
else console.error(`${run.error.code}: ${run.error.message}`); // e.g. unavailable: bwrap is not installed
await backend.remove('demo');
