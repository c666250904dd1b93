/** Captured output of one stream, cut at a byte budget. */
export interface BoundedOutput {
  /** Adds a decoded chunk; what fits is kept and forwarded, the rest is dropped. */
  push(chunk: string): void;
  readonly text: string;
  /** Something was dropped. */
  readonly truncated: boolean;
}

/** Longest prefix of `chunk` that fits in `bytes` UTF-8 bytes without splitting a character. */
function utf8Prefix(chunk: string, bytes: number): string {
  const buffer = Buffer.from(chunk, 'utf8');
  let cut = Math.min(bytes, buffer.length);
  // Step back over continuation bytes (10xxxxxx) so the cut lands on a character boundary.
  while (cut > 0 && cut < buffer.length && ((buffer[cut] ?? 0) & 0xc0) === 0x80) cut -= 1;
  return buffer.subarray(0, cut).toString('utf8');
}

/** Collects up to `maxBytes` of a stream, forwarding what it keeps to `onChunk`. */
export function createBoundedOutput(maxBytes: number, onChunk?: (chunk: string) => void): BoundedOutput {
  const parts: string[] = [];
  let used = 0;
  let truncated = false;
  return {
    push(chunk) {
      if (chunk.length === 0) return;
      const size = Buffer.byteLength(chunk, 'utf8');
      const kept = used + size <= maxBytes ? chunk : utf8Prefix(chunk, maxBytes - used);
      if (kept.length < chunk.length) truncated = true;
      if (kept.length === 0) return;
      used += kept === chunk ? size : Buffer.byteLength(kept, 'utf8');
      parts.push(kept);
      onChunk?.(kept);
    },
    get text() {
      return parts.join('');
    },
    get truncated() {
      return truncated;
    },
  };
}
