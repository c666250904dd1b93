import type { BackendEnforcement, BackendProbe } from '@oxios/kernel';
import type { CliFeatures } from './cli-features.js';

/** What an Apple container gives, by CLI features. */
export function appleEnforcement(features: CliFeatures): BackendEnforcement {
  const rlimit = features.ulimit ? 'rlimit' : 'none';
  return {
    // Each container is a VM that sees only the mounted workspace (and explicit read-only mounts).
    filesystemIsolation: true,
    readOnlyRoot: features.readOnly,
    privateTmp: true,
    networkIsolation: features.networkNone,
    // A timeout kills the CLI client; a process inside the VM can outlive it until `stop`.
    processIsolation: false,
    userNamespace: false,
    nestedUserNamespacesBlocked: false,
    capabilitiesDropped: false,
    // Commands inherit the image's environment.
    cleanEnvironment: false,
    cgroups: false,
    limits: {
      cpus: 'vm',
      memory: 'vm',
      pids: 'none',
      fileSize: rlimit,
      openFiles: rlimit,
      cpuTime: rlimit,
      addressSpace: rlimit,
    },
  };
}

/** The probe's remarks for people. */
export function appleNotes(features: CliFeatures): string[] {
  const notes = ['each container is a lightweight VM with its own Linux kernel'];
  if (!features.readOnly) notes.push('this CLI predates --read-only (0.8.0): the container root is writable');
  if (!features.networkNone)
    notes.push('this CLI predates --network none (0.6.0): containers without network cannot be created');
  if (!features.ulimit)
    notes.push('this CLI predates --ulimit (0.9.0): file size, open files and cpu time are not limited');
  notes.push(
    'a timed-out command is ended by killing the CLI client; stop the container to be sure nothing keeps running',
  );
  return notes;
}

/** The probe of an unusable CLI. */
export function unavailableAppleProbe(reason: string, version?: string): BackendProbe {
  const features: CliFeatures = { networkNone: false, readOnly: false, ulimit: false, statusJson: false };
  return {
    backend: 'apple',
    available: false,
    ...(version === undefined ? {} : { version }),
    reason,
    isolation: 'vm',
    enforces: {
      ...appleEnforcement(features),
      filesystemIsolation: false,
      privateTmp: false,
      limits: {
        cpus: 'none',
        memory: 'none',
        pids: 'none',
        fileSize: 'none',
        openFiles: 'none',
        cpuTime: 'none',
        addressSpace: 'none',
      },
    },
    notes: [],
  };
}
