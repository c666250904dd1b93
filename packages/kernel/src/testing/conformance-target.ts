import type { BackendEnforcement, BackendProbe, LimitName } from '../containers/backend-probe.js';
import type { ContainerBackend } from '../containers/container-backend.js';
import type { SandboxLimits, SandboxMount } from '../containers/sandbox-spec.js';

/** A guarantee a conformance case checks: a probe flag or a limit. */
export type ConformanceClaim = Exclude<keyof BackendEnforcement, 'limits'> | LimitName;

/** The backend under test and what the suite needs to drive it. */
export interface ConformanceTarget {
  /** Shown in reasons, e.g. `bwrap`. */
  readonly label: string;
  readonly backend: ContainerBackend;
  /** `backend.probe()`, taken once before the cases are built. */
  readonly probe: BackendProbe;
  /** Image every sandbox runs (already available), e.g. `host`. */
  readonly image: string;
  /** Host folder where each case makes its own workspace; the target removes it afterwards. */
  readonly scratch: string;
  /**
   * Claims the probe makes that this run cannot check, with the reason — e.g. a fake CLI cannot
   * provide a VM. Those cases are skipped with the reason, never passed.
   */
  readonly unverifiable?: Partial<Record<ConformanceClaim, string>>;
  /** Extra read-only mounts for every sandbox. */
  readonly mounts?: readonly SandboxMount[];
  /** Limits of sandboxes that do not test a limit. */
  readonly limits?: Partial<SandboxLimits>;
}

/** One conformance check: run it with your test runner, skipped when `skip` says why. */
export interface ConformanceCase {
  readonly name: string;
  /** Why this case does not apply to the target; absent when it must run and pass. */
  readonly skip?: string | undefined;
  readonly timeoutMs: number;
  readonly run: () => Promise<void>;
}

/** Limits generous enough that no case trips them by accident. */
export const ROOMY_LIMITS: SandboxLimits = {
  cpus: 1,
  memoryMiB: 1024,
  pids: 256,
  fileSizeMiB: 64,
  openFiles: 256,
  cpuSeconds: 60,
  addressSpaceMiB: 0,
};

/** Why a case that needs `claim` cannot run on `target`, or undefined when it must run. */
export function skipReason(target: ConformanceTarget, claim: ConformanceClaim): string | undefined {
  const { enforces } = target.probe;
  const claimed =
    claim in enforces.limits
      ? enforces.limits[claim as LimitName] !== 'none'
      : enforces[claim as Exclude<ConformanceClaim, LimitName>];
  if (!claimed) return `${target.label} does not claim ${claim}`;
  return target.unverifiable?.[claim];
}
