import { describe, expect, it } from 'vitest';
import { ContainerListSchema, ipv4Address, toEpochMs, toSandboxInfo } from './container-json.js';

// 1.x `list --format json` element (sorted keys, ISO dates, status object).
const current = {
  configuration: {
    creationDate: '2026-06-10T08:00:00Z',
    id: 'oxios-proj',
    image: {
      descriptor: { digest: 'sha256:ab', mediaType: 'application/vnd.oci.image.index.v1+json', size: 1 },
      reference: 'docker.io/library/debian:bookworm-slim',
    },
    initProcess: {
      arguments: ['infinity'],
      environment: ['FOO=bar'],
      executable: 'sleep',
      rlimits: [],
      terminal: false,
      user: { id: { gid: 0, uid: 0 } },
      workingDirectory: '/workspace',
    },
    labels: { 'oxios.managed': 'true' },
    mounts: [
      {
        destination: '/workspace',
        options: [],
        source: '/Users/ann/.oxios/containers/proj/workspace',
        type: { virtiofs: {} },
      },
    ],
    resources: { cpuOverhead: 1, cpus: 2, memoryInBytes: 1073741824 },
  },
  id: 'oxios-proj',
  status: {
    networks: [
      { hostname: 'oxios-proj', ipv4Address: '192.168.64.3/24', ipv4Gateway: '192.168.64.1', network: 'default' },
    ],
    startedDate: '2026-06-10T08:00:01Z',
    state: 'running',
  },
};

// 0.7 element (the k8s plugin's legacy snapshot shape): status string, top-level networks with
// address/gateway, reference-date seconds.
const legacy = {
  configuration: {
    creationDate: 802_569_600,
    id: 'oxios-old',
    image: {
      descriptor: { digest: 'sha256:cd', mediaType: 'application/vnd.oci.image.index.v1+json', size: 1 },
      reference: 'debian:12',
    },
    initProcess: {
      arguments: [],
      environment: [],
      executable: 'sleep',
      terminal: false,
      user: { raw: { userString: 'root' } },
      workingDirectory: '/',
    },
    labels: {},
    resources: { cpus: 4, memoryInBytes: 1073741824 },
  },
  networks: [{ address: '192.168.64.9/24', gateway: '192.168.64.1', hostname: 'oxios-old', network: 'default' }],
  status: 'stopped',
};

describe('ContainerListSchema', () => {
  it('reads the 1.x shape', () => {
    const [entry] = ContainerListSchema.parse([current]);
    expect(toSandboxInfo(entry!, '/workspace')).toEqual({
      id: 'oxios-proj',
      name: 'proj',
      backend: 'apple',
      state: 'running',
      image: 'docker.io/library/debian:bookworm-slim',
      createdAt: Date.parse('2026-06-10T08:00:00Z'),
      startedAt: Date.parse('2026-06-10T08:00:01Z'),
      labels: { 'oxios.managed': 'true' },
      workspacePath: '/workspace',
    });
    expect(ipv4Address(entry!)).toBe('192.168.64.3');
  });

  it('reads the pre-1.0 shape: status string, address field, reference-date seconds', () => {
    const [entry] = ContainerListSchema.parse([legacy]);
    const info = toSandboxInfo(entry!, '/workspace');
    expect(info).toMatchObject({ id: 'oxios-old', name: 'old', state: 'stopped', image: 'debian:12', labels: {} });
    expect(new Date(info.createdAt ?? 0).toISOString()).toBe('2026-06-08T00:00:00.000Z');
    expect(ipv4Address(entry!)).toBe('192.168.64.9');
  });

  it('tolerates unknown keys and rejects a shape with neither status form', () => {
    expect(ContainerListSchema.safeParse([{ ...current, brandNew: { x: 1 } }]).success).toBe(true);
    expect(ContainerListSchema.safeParse([{ configuration: { id: 'x' } }]).success).toBe(false);
  });
});

describe('toEpochMs', () => {
  it('converts ISO strings and Foundation reference-date seconds', () => {
    expect(toEpochMs('1970-01-01T00:00:01Z')).toBe(1000);
    expect(toEpochMs(0)).toBe(978_307_200_000);
    expect(toEpochMs(undefined)).toBeUndefined();
  });
});
