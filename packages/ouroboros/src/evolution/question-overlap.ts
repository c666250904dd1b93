/**
 * The share of `latest` (as a set, exact string match) that also appears in `earlier`; 0 when
 * `latest` is empty.
 */
export function questionOverlap(latest: readonly string[], earlier: readonly string[]): number {
  const current = new Set(latest);
  if (current.size === 0) return 0;
  const seen = new Set(earlier);
  let repeated = 0;
  for (const question of current) if (seen.has(question)) repeated += 1;
  return repeated / current.size;
}
