import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** One container the fake CLI knows. */
export interface FakeContainerRecord {
  id: string;
  image: string;
  state: 'running' | 'stopped';
  labels: Record<string, string>;
  /** `K=V` strings, as the real CLI stores `initProcess.environment`. */
  env: string[];
  workdir: string;
  mounts: { source: string; destination: string; options: string[] }[];
  cpus: number;
  memoryInBytes: number;
  network: string;
  readOnly: boolean;
  ulimits: string[];
  command: string[];
  /** Milliseconds since the Unix epoch. */
  createdAt: number;
  startedAt?: number;
}

/** Everything the fake CLI remembers between invocations. */
export interface FakeState {
  systemRunning: boolean;
  images: string[];
  containers: Record<string, FakeContainerRecord>;
}

/** Reads the state file (an empty state when it does not exist yet). */
export function loadState(path: string): FakeState {
  if (!existsSync(path)) return { systemRunning: true, images: [], containers: {} };
  return JSON.parse(readFileSync(path, 'utf8')) as FakeState;
}

/** Writes the state file atomically. */
export function saveState(path: string, state: FakeState): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2));
  renameSync(temporary, path);
}
