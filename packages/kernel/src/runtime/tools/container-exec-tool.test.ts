import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResultAsync } from 'neverthrow';
import { afterEach, describe, expect, it } from 'vitest';
import { createAccessFixture, type AccessFixture } from '../../access/test-setup.js';
import { killProcessGroup } from '../../exec/kill-process-group.js';
import type { SandboxExec } from '../ports/sandbox-exec.js';
import { createContainerExecTool } from './container-exec-tool.js';

// A minimal host-backed sandbox: the real ContainerManager runs argv the same way, in a container.
function hostSandbox(root: string): SandboxExec & { seen: { argv: readonly string[]; cwd?: string }[] } {
  const seen: { argv: readonly string[]; cwd?: string }[] = [];
  return {
    kind: 'test-host',
    workspacePath: root,
    seen,
    exec(argv, options) {
      seen.push({ argv, ...(options.cwd === undefined ? {} : { cwd: options.cwd }) });
      return ResultAsync.fromSafePromise(
        new Promise((resolve) => {
          const cwd = options.cwd === undefined ? root : join(root, options.cwd);
          const child = spawn(argv[0]!, argv.slice(1), { cwd, detached: true });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          options.signal?.addEventListener('abort', () => {
            killProcessGroup(child.pid);
          });
          child.on('close', (exitCode, signal) => {
            resolve({ exitCode, signal, stdout, stderr });
          });
        }),
      );
    },
  };
}

let fixture: AccessFixture | undefined;
let scratch: string | undefined;
afterEach(() => {
  fixture?.dispose();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function context(sandbox: SandboxExec | undefined) {
  fixture = createAccessFixture();
  return {
    subject: 'agent:a1' as const,
    audit: {},
    workspaceRoot: fixture.root,
    access: fixture.access,
    userId: undefined,
    sandbox,
    signal: new AbortController().signal,
  };
}

const limits = { defaultTimeoutMs: 10_000, maxTimeoutMs: 60_000, maxOutputBytes: 1 << 20 };

describe('container_exec', () => {
  it('runs sh -c in the sandbox workspace and reports the exit code and output', async () => {
    scratch = realpathSync(mkdtempSync(join(tmpdir(), 'oxios-sandbox-')));
    const sandbox = hostSandbox(scratch);
    const tool = createContainerExecTool(limits);
    const args = tool.schema.parse({ command: 'echo out; echo err >&2; exit 3', cwd: '.' });
    mkdirSync(join(scratch, 'sub'));
    const inSub = tool.schema.parse({ command: 'pwd', cwd: 'sub/' });
    const output = (await tool.execute(args, context(sandbox)))._unsafeUnwrap();
    expect(output).toMatchObject({ isError: true, text: 'exit code 3\n[stdout]\nout\n[stderr]\nerr' });
    expect((await tool.execute(inSub, context(sandbox)))._unsafeUnwrap().text).toBe(
      `exit code 0\n[stdout]\n${scratch}/sub`,
    );
    expect(sandbox.seen).toEqual([
      { argv: ['sh', '-c', 'echo out; echo err >&2; exit 3'] },
      { argv: ['sh', '-c', 'pwd'], cwd: 'sub' },
    ]);
  });

  it('refuses a working directory outside the workspace', async () => {
    const tool = createContainerExecTool(limits);
    const error = (
      await tool.execute(tool.schema.parse({ command: 'ls', cwd: '../etc' }), context(hostSandbox('/workspace')))
    )._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'invalid-argument', field: 'cwd' });
  });

  it('refuses with unavailable when there is no sandbox', async () => {
    const tool = createContainerExecTool(limits);
    const error = (await tool.execute(tool.schema.parse({ command: 'ls' }), context(undefined)))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'unavailable', service: 'sandbox' });
  });
});
