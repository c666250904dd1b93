/** Collects a stream's bytes up to a limit, draining (and counting) the rest. */
export interface OutputCollector {
  push(chunk: Uint8Array): void;
  /** The kept bytes as UTF-8, cut at a character boundary. */
  text(): string;
  /** True once more than `limit` bytes arrived. */
  readonly truncated: boolean;
  /** Every byte that arrived, kept or not. */
  readonly totalBytes: number;
}

/** Index where the UTF-8 text in `bytes` can be cut without splitting a character. */
function characterBoundary(bytes: Buffer): number {
  let end = bytes.length;
  // Step back over continuation bytes (10xxxxxx) to the lead byte, then see if it is complete.
  let lead = end - 1;
  while (lead >= 0 && lead > end - 4 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead -= 1;
  if (lead < 0) return end;
  const first = bytes[lead] ?? 0;
  const width = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  if (lead + width > end) end = lead;
  return end;
}

/** Creates an {@link OutputCollector} keeping at most `limit` bytes. */
export function createOutputCollector(limit: number): OutputCollector {
  const chunks: Buffer[] = [];
  let kept = 0;
  let total = 0;
  return {
    push(chunk) {
      total += chunk.byteLength;
      if (kept >= limit) return;
      const slice = Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(chunk.byteLength, limit - kept));
      chunks.push(Buffer.from(slice));
      kept += slice.byteLength;
    },
    text() {
      const bytes = Buffer.concat(chunks);
      return (total > limit ? bytes.subarray(0, characterBoundary(bytes)) : bytes).toString('utf8');
    },
    get truncated() {
      return total > limit;
    },
    get totalBytes() {
      return total;
    },
  };
}
