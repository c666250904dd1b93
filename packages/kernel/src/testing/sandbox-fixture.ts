import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExecOptions, ExecResult } from '../containers/exec-types.js';
import type { SandboxInfo, SandboxLimits, SandboxSpec } from '../containers/sandbox-spec.js';
import { ROOMY_LIMITS, type ConformanceTarget } from './conformance-target.js';

/** A sandbox made for one case, with helpers to run commands in it. */
export interface SandboxFixture {
  readonly info: SandboxInfo;
  /** Host path of the workspace. */
  readonly workspace: string;
  /** Runs argv and returns the result; fails the case on an error value. */
  exec(argv: readonly string[], options?: Partial<ExecOptions>): Promise<ExecResult>;
}

let counter = 0;

/** Creates a sandbox with its own workspace, runs `body`, then removes both. */
export async function withSandbox(
  target: ConformanceTarget,
  overrides: {
    limits?: Partial<SandboxLimits>;
    network?: boolean;
    env?: Record<string, string>;
    labels?: Record<string, string>;
  },
  body: (fixture: SandboxFixture) => Promise<void>,
): Promise<void> {
  counter += 1;
  const name = `conf-${process.pid}-${counter}`;
  const workspace = await mkdtemp(join(target.scratch, `${name}-`));
  const spec: SandboxSpec = {
    name,
    image: target.image,
    workspace,
    limits: { ...ROOMY_LIMITS, ...target.limits, ...overrides.limits },
    network: overrides.network ?? false,
    env: overrides.env ?? {},
    labels: { 'oxios.managed': 'true', ...overrides.labels },
    mounts: target.mounts ?? [],
  };
  const created = await target.backend.create(spec);
  assert.ok(created.isOk(), `create failed: ${created.isErr() ? created.error.message : ''}`);
  const info = created.value;
  const fixture: SandboxFixture = {
    info,
    workspace,
    async exec(argv, options = {}) {
      const result = await target.backend.exec(info.id, argv, {
        timeoutMs: 20_000,
        maxOutputBytes: 1_048_576,
        ...options,
      });
      assert.ok(result.isOk(), `exec ${JSON.stringify(argv)} failed: ${result.isErr() ? result.error.message : ''}`);
      return result.value;
    },
  };
  try {
    await body(fixture);
  } finally {
    await target.backend.remove(info.id);
    await rm(workspace, { recursive: true, force: true });
  }
}
