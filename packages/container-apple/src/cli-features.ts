/** What the installed `container` CLI supports, by version (see the container-backends notes, §1.6). */
export interface CliFeatures {
  /** `run --network none` (0.6.0). */
  readonly networkNone: boolean;
  /** `run --read-only` (0.8.0). */
  readonly readOnly: boolean;
  /** `run --ulimit` (0.9.0). */
  readonly ulimit: boolean;
  /** `system status --format json` (0.11.0). */
  readonly statusJson: boolean;
}

/** Parses `container CLI version 1.2.2 (build: …)` (or a bare `1.2.2`) to `1.2.2`. */
export function parseCliVersion(text: string): string | undefined {
  return /(\d+\.\d+\.\d+)/.exec(text)?.[1];
}

function atLeast(version: string, minimum: readonly [number, number, number]): boolean {
  const parts = version.split('.').map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (parts[index] ?? 0) - (minimum[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/** The features of CLI `version`. */
export function featuresOf(version: string): CliFeatures {
  return {
    networkNone: atLeast(version, [0, 6, 0]),
    readOnly: atLeast(version, [0, 8, 0]),
    ulimit: atLeast(version, [0, 9, 0]),
    statusJson: atLeast(version, [0, 11, 0]),
  };
}
