/** Rounds a score to 4 decimals, so threshold comparisons do not depend on float noise. */
export function roundScore(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
