/** Epoch milliseconds as an RFC 3339 UTC timestamp. */
export function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** Like {@link iso}, keeping null. */
export function isoOrNull(epochMs: number | null): string | null {
  return epochMs === null ? null : iso(epochMs);
}
