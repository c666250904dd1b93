// Run a command in a lightweight VM through Apple's `container` CLI (macOS on Apple silicon).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppleBackend } from '@oxios/container-apple';
import { describeProbe } from '@oxios/kernel';

const backend = createAppleBackend(); // { startSystem: true } runs `container system start` when needed
const workspace = mkdtempSync(join(tmpdir(), 'oxios-workspace-'));
const limits = { cpus: 2, memoryMiB: 512, pids: 64, fileSizeMiB: 8, openFiles: 64, cpuSeconds: 9, addressSpaceMiB: 0 };
const ready = await backend.ensureReady(); // system-not-running when `container system start` was never run
if (ready.isOk()) console.log(describeProbe(ready.value).join('\n'));
const run = await backend
  .ensureImage({ kind: 'ref', ref: backend.defaultImage })
  .andThen((image) => backend.create({ name: 'demo', image, workspace, network: false, limits }))
  .andThen((info) => backend.exec(info.id, ['uname', '-sr'], { timeoutMs: 30_000, maxOutputBytes: 65_536 }));
if (run.isOk()) console.log(run.value.stdout);
else console.error(`${run.error.code}: ${run.error.message}`);
await backend.remove('oxios-demo');
