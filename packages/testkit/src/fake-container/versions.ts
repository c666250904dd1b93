/** True when `version` (e.g. `0.12.1`) is at least `minimum`. */
export function atLeast(version: string, minimum: string): boolean {
  const have = version.split('.').map(Number);
  const want = minimum.split('.').map(Number);
  for (let index = 0; index < Math.max(have.length, want.length); index += 1) {
    const difference = (have[index] ?? 0) - (want[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/** The first version that has each feature the fake emulates (see the container-backends notes). */
export const FEATURES = {
  networkNone: '0.6.0',
  ipv4Fields: '0.8.0',
  readOnly: '0.8.0',
  startedDate: '0.8.0',
  ulimit: '0.9.0',
  systemVersion: '0.10.0',
  statusFormat: '0.11.0',
  strictStopDelete: '0.11.0',
  reshapedJson: '1.0.0',
} as const;
