import type { ConformanceCase, ConformanceTarget } from './conformance-target.js';
import { execCases } from './conformance-exec.js';
import { isolationCases } from './conformance-isolation.js';
import { lifecycleCases } from './conformance-lifecycle.js';
import { limitCases } from './conformance-limits.js';

/**
 * The container backend conformance suite: one list of cases for every backend, each asserting
 * only what the backend's probe claims. Cases throw `node:assert` errors, so any runner works:
 *
 * ```ts
 * for (const test of containerConformance(target)) it.skipIf(test.skip !== undefined)(test.name, test.run, test.timeoutMs);
 * ```
 * A claim the probe makes but the target cannot check (`unverifiable`) is skipped with its reason.
 */
export function containerConformance(target: ConformanceTarget): readonly ConformanceCase[] {
  return [...lifecycleCases(target), ...execCases(target), ...isolationCases(target), ...limitCases(target)];
}
