import { LIMIT_NAMES, type BackendEnforcement, type BackendProbe, type LimitName } from './backend-probe.js';

const GUARANTEES: readonly [keyof Omit<BackendEnforcement, 'limits'>, string][] = [
  ['filesystemIsolation', 'host files outside the workspace hidden'],
  ['readOnlyRoot', 'read-only root'],
  ['privateTmp', 'private /tmp'],
  ['networkIsolation', 'network off unless allowed'],
  ['processIsolation', 'timeouts kill every process'],
  ['userNamespace', 'user namespace'],
  ['nestedUserNamespacesBlocked', 'nested user namespaces blocked'],
  ['capabilitiesDropped', 'capabilities dropped'],
  ['cleanEnvironment', 'clean environment'],
  ['cgroups', 'cgroups'],
];

const LIMIT_LABELS: Readonly<Record<LimitName, string>> = {
  cpus: 'cpus',
  memory: 'memory',
  pids: 'processes',
  fileSize: 'file size',
  openFiles: 'open files',
  cpuTime: 'cpu time',
  addressSpace: 'address space',
};

/**
 * Renders a probe as lines for people (`oxios doctor`, startup logs): availability, isolation,
 * each guarantee as yes/no, and how each limit is enforced.
 */
export function describeProbe(probe: BackendProbe): readonly string[] {
  const version = probe.version === undefined ? '' : ` ${probe.version}`;
  const head = probe.available
    ? `${probe.backend}${version}: available, isolation ${probe.isolation}`
    : `${probe.backend}${version}: unavailable — ${probe.reason ?? 'no reason given'}`;
  const width = Math.max(
    ...GUARANTEES.map(([, label]) => label.length),
    ...LIMIT_NAMES.map((name) => `${LIMIT_LABELS[name]} limit`.length),
  );
  const row = (label: string, value: string) => `  ${label.padEnd(width)}  ${value}`;
  return [
    head,
    ...GUARANTEES.map(([key, label]) => row(label, probe.enforces[key] ? 'yes' : 'no')),
    ...LIMIT_NAMES.map((name) => {
      const how = probe.enforces.limits[name];
      return row(`${LIMIT_LABELS[name]} limit`, how === 'none' ? 'not enforced' : `enforced (${how})`);
    }),
    ...probe.notes.map((note) => `  note: ${note}`),
  ];
}
