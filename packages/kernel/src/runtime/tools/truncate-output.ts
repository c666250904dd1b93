/** A possibly shortened text and what was cut. */
export interface Truncated {
  readonly text: string;
  readonly truncated: boolean;
  readonly omittedBytes: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

// Cuts at a UTF-8 character boundary at or below `bytes`.
function cut(buffer: Uint8Array, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && ((buffer[from] ?? 0) & 0xc0) === 0x80) from += 1;
  while (to < buffer.length && to > from && ((buffer[to] ?? 0) & 0xc0) === 0x80) to -= 1;
  return decoder.decode(buffer.subarray(from, to));
}

/**
 * Keeps `text` within `maxBytes` of UTF-8: the head (`head`), or the head and the last quarter
 * (`head-tail`, for command output where errors come last), with a note in the middle or at the
 * end telling the model how much was omitted and how to see it.
 */
export function truncateOutput(text: string, maxBytes: number, mode: 'head' | 'head-tail' = 'head'): Truncated {
  // A UTF-16 code unit is at most 3 UTF-8 bytes: short text needs no encoding to know it fits.
  if (text.length * 3 <= maxBytes) return { text, truncated: false, omittedBytes: 0 };
  const bytes = encoder.encode(text);
  if (bytes.length <= maxBytes) return { text, truncated: false, omittedBytes: 0 };
  const tailBytes = mode === 'head-tail' ? Math.floor(maxBytes / 4) : 0;
  const headBytes = maxBytes - tailBytes;
  const omittedBytes = bytes.length - headBytes - tailBytes;
  const note =
    `\n[… ${omittedBytes} of ${bytes.length} bytes omitted: the output exceeded the ${maxBytes}-byte limit. ` +
    (mode === 'head'
      ? 'Read a smaller range (offset/limit) or search with grep.'
      : 'Narrow the command or filter its output.') +
    ' …]\n';
  const head = cut(bytes, 0, headBytes);
  const tail = tailBytes > 0 ? cut(bytes, bytes.length - tailBytes, bytes.length) : '';
  return { text: `${head}${note}${tail}`, truncated: true, omittedBytes };
}
