import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AcceptanceCriterion, MechanicalObservation, Seed } from '@oxios/ouroboros';
import { err, ok, type Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { AccessManager } from '../access/access-manager.js';
import type { ContainerManager } from '../containers/container-manager.js';
import type { SessionWorkspace } from './session-workspace.js';

/** What stage 1 saw for each criterion, by key; a missing key means its contract did not run. */
export type Observations = Record<string, MechanicalObservation>;

const OUTPUT_CAP = 64 * 1024;

/**
 * Exec failures that say the sandbox itself is gone (its backend stopped, the container vanished),
 * not that the verify command failed: evaluating on them would blame the agent for the host.
 */
const SANDBOX_GONE: ReadonlySet<KernelError['code']> = new Set([
  'unavailable',
  'backend',
  'not-running',
  'system-not-running',
]);

function presentArtifacts(
  access: AccessManager,
  criterion: AcceptanceCriterion,
  workspace: SessionWorkspace,
  sessionId: string,
): string[] {
  return criterion.expectedArtifacts.filter((path) => {
    // The same path policy as every other file access: symlinks out of the workspace do not count.
    const resolved = access.checkPath('system', path, {
      workspaceRoot: workspace.workspaceRoot,
      operation: 'read',
      context: { sessionId },
    });
    return resolved.isOk() && existsSync(resolved.value.path) && statSync(resolved.value.path).isFile();
  });
}

/**
 * Stage 1, run for real: each criterion's `verify` command runs inside the session's sandbox
 * (exit code and output observed), and its expected artefacts are looked up through the path
 * policy. Without a sandbox a criterion with a `verify` command gets no observation, so it is
 * reported `not-run` (unverified) — never passed. The LLM never sees or changes these facts
 * before the verdict. A sandbox that goes away mid-evaluation ends it in that typed error.
 */
export async function observeCriteria(
  deps: { access: AccessManager; containers: ContainerManager | null; execTimeoutMs: number },
  seed: Seed,
  workspace: SessionWorkspace,
  sessionId: string,
  signal?: AbortSignal,
): Promise<Result<Observations, KernelError>> {
  const observations: Observations = {};
  for (const criterion of seed.acceptanceCriteria) {
    if (criterion.verify === undefined && criterion.expectedArtifacts.length === 0) continue;
    const artifacts = presentArtifacts(deps.access, criterion, workspace, sessionId);
    if (criterion.verify === undefined) {
      observations[criterion.key] = { exitCode: null, output: '', presentArtifacts: artifacts };
      continue;
    }
    if (deps.containers === null || workspace.containerName === null) continue;
    const ran = await deps.containers.exec(
      { subject: 'system', sessionId },
      workspace.containerName,
      criterion.verify,
      {
        timeoutMs: deps.execTimeoutMs,
        maxOutputBytes: OUTPUT_CAP,
        ...(signal ? { signal } : {}),
      },
    );
    if (ran.isErr() && SANDBOX_GONE.has(ran.error.code)) return err(ran.error);
    observations[criterion.key] = ran.isOk()
      ? {
          exitCode: ran.value.timedOut ? null : ran.value.exitCode,
          output: `${ran.value.stdout}${ran.value.stderr}`,
          presentArtifacts: artifacts,
        }
      : { exitCode: null, output: `verify could not run: ${ran.error.message}`, presentArtifacts: artifacts };
  }
  return ok(observations);
}

/** The artefact as the judges read it: the agent's last words and the expected files' contents (capped). */
export function describeArtifact(
  seed: Seed,
  workspace: SessionWorkspace,
  access: AccessManager,
  agentText: string,
  sessionId: string,
): string {
  const parts = [`The agent's final message:\n${agentText.trim() || '(none)'}`];
  const paths = [...new Set(seed.acceptanceCriteria.flatMap((criterion) => criterion.expectedArtifacts))];
  for (const path of paths) {
    const resolved = access.checkPath('system', path, {
      workspaceRoot: workspace.workspaceRoot,
      operation: 'read',
      context: { sessionId },
    });
    if (resolved.isErr() || !existsSync(resolved.value.path) || !statSync(resolved.value.path).isFile()) {
      parts.push(`File ${path}: (missing)`);
      continue;
    }
    const text = readFileSync(resolved.value.path, 'utf8');
    parts.push(
      `File ${path}:\n${text.length > 4000 ? `${text.slice(0, 4000)}\n… (${text.length - 4000} more characters)` : text}`,
    );
  }
  return parts.join('\n\n');
}
