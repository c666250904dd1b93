import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch directory with a workspace and a bin directory of shell-script tools (tests only). */
export interface ExecTestFixture {
  readonly root: string;
  readonly workspace: string;
  readonly bin: string;
  /** PATH with the fixture's bin first, then the system directories. */
  readonly path: string;
  /** Writes an executable `#!/bin/sh` script named `name` into bin (or `directory`). */
  tool(name: string, body: string, directory?: string): string;
  remove(): void;
}

/** Creates an {@link ExecTestFixture} under the system temp directory. */
export function createExecTestFixture(): ExecTestFixture {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'oxios-exec-')));
  const workspace = join(root, 'workspace');
  const bin = join(root, 'bin');
  mkdirSync(workspace);
  mkdirSync(bin);
  return {
    root,
    workspace,
    bin,
    path: [bin, '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
    tool(name, body, directory = bin) {
      const file = join(directory, name);
      writeFileSync(file, `#!/bin/sh\n${body}\n`);
      chmodSync(file, 0o755);
      return file;
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** True while `pid` is a live process (a zombie counts as gone). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** Waits until `pid` is gone or `timeoutMs` passes; returns whether it is gone. */
export async function waitForExit(pid: number, timeoutMs = 3000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return !isProcessAlive(pid);
}
