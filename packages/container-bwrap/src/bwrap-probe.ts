import type { BackendProbe, LimitEnforcement } from '@oxios/kernel';
import type { BwrapSetup } from './bwrap-setup.js';

const NOTHING = {
  filesystemIsolation: false,
  readOnlyRoot: false,
  privateTmp: false,
  networkIsolation: false,
  processIsolation: false,
  userNamespace: false,
  nestedUserNamespacesBlocked: false,
  capabilitiesDropped: false,
  cleanEnvironment: false,
  cgroups: false,
  limits: {
    cpus: 'none',
    memory: 'none',
    pids: 'none',
    fileSize: 'none',
    openFiles: 'none',
    cpuTime: 'none',
    addressSpace: 'none',
  },
} as const;

/** The probe of a host where bwrap cannot run sandboxes. */
export function unavailableProbe(facts: BwrapSetup, reason: string): BackendProbe {
  return {
    backend: 'bwrap',
    available: false,
    ...(facts.version === undefined ? {} : { version: facts.version }),
    reason,
    isolation: 'namespace',
    enforces: NOTHING,
    notes: facts.notes,
  };
}

/**
 * What every sandbox gets here. The namespace guarantees hold by construction of the bwrap
 * arguments (and the probe's test sandbox checked capabilities and the read-only root); the
 * limits depend on prlimit and a writable cgroup hierarchy.
 */
export function bwrapProbe(facts: BwrapSetup): BackendProbe {
  const rlimit: LimitEnforcement = facts.prlimit === undefined ? 'none' : 'rlimit';
  const cgroup: LimitEnforcement = facts.cgroups === undefined ? 'none' : 'cgroup';
  return {
    backend: 'bwrap',
    available: true,
    ...(facts.version === undefined ? {} : { version: facts.version }),
    isolation: 'namespace',
    enforces: {
      filesystemIsolation: true,
      readOnlyRoot: true,
      privateTmp: true,
      networkIsolation: true,
      processIsolation: true,
      userNamespace: true,
      nestedUserNamespacesBlocked: true,
      capabilitiesDropped: true,
      cleanEnvironment: true,
      cgroups: facts.cgroups !== undefined,
      limits: {
        cpus: cgroup,
        memory: cgroup,
        pids: cgroup,
        fileSize: rlimit,
        openFiles: rlimit,
        cpuTime: rlimit,
        addressSpace: rlimit,
      },
    },
    notes: facts.notes,
  };
}
