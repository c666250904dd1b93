import type { FakeContainerRecord } from './state.js';
import { atLeast, FEATURES } from './versions.js';

// Foundation's reference date (2001-01-01T00:00:00Z) in Unix seconds: pre-1.0 dates count from it.
const REFERENCE_DATE = 978_307_200;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

function date(ms: number, version: string): string | number {
  return atLeast(version, FEATURES.reshapedJson) ? new Date(ms).toISOString() : ms / 1000 - REFERENCE_DATE;
}

function network(record: FakeContainerRecord, version: string): Record<string, unknown>[] {
  if (record.network === 'none' || record.state !== 'running') return [];
  const base = { network: 'default', hostname: record.id };
  return [
    atLeast(version, FEATURES.ipv4Fields)
      ? { ...base, ipv4Address: '192.168.64.3/24', ipv4Gateway: '192.168.64.1' }
      : { ...base, address: '192.168.64.3/24', gateway: '192.168.64.1' },
  ];
}

function configuration(record: FakeContainerRecord, version: string): Record<string, unknown> {
  const [executable = '', ...args] = record.command;
  return {
    id: record.id,
    image: {
      reference: record.image,
      descriptor: { mediaType: 'application/vnd.oci.image.index.v1+json', digest: 'sha256:0123abcd', size: 1234 },
    },
    initProcess: {
      executable,
      arguments: args,
      environment: record.env,
      workingDirectory: record.workdir,
      terminal: false,
      user: { id: { uid: 0, gid: 0 } },
      supplementalGroups: [],
      rlimits: [],
    },
    labels: record.labels,
    mounts: record.mounts.map((mount) => ({ ...mount, type: { virtiofs: {} } })),
    resources: { cpus: record.cpus, memoryInBytes: record.memoryInBytes, cpuOverhead: 1 },
    platform: { os: 'linux', architecture: 'arm64' },
    runtimeHandler: 'container-runtime-linux',
    readOnly: record.readOnly,
    creationDate: date(record.createdAt, version),
    publishedPorts: [],
    sysctls: {},
    rosetta: false,
  };
}

/** One element of `list --format json` / `inspect`, in the shape `version` prints. */
export function containerJson(record: FakeContainerRecord, version: string): unknown {
  const started = record.startedAt === undefined ? {} : { startedDate: date(record.startedAt, version) };
  if (atLeast(version, FEATURES.reshapedJson)) {
    return sortKeys({
      id: record.id,
      configuration: configuration(record, version),
      status: { state: record.state, networks: network(record, version), ...started },
    });
  }
  return sortKeys({
    status: record.state,
    configuration: configuration(record, version),
    networks: network(record, version),
    ...(atLeast(version, FEATURES.startedDate) ? started : {}),
  });
}
