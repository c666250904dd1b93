/** The fields of one 512-byte tar header the installer uses. */
export interface TarHeader {
  readonly path: string;
  readonly mode: number;
  readonly size: number;
  /** The type flag: `0`/NUL file, `5` folder, `1` hard link, `2` symlink, `x` pax, `L` GNU long name, … */
  readonly type: string;
}

const decoder = new TextDecoder();

function text(block: Uint8Array, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return decoder.decode(end === -1 ? field : field.subarray(0, end));
}

/** An octal field, or a base-256 one (GNU, first byte ≥ 0x80); `undefined` when malformed. */
function numeric(block: Uint8Array, start: number, length: number): number | undefined {
  const field = block.subarray(start, start + length);
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = (field[0] ?? 0) & 0x7f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    return Number.isSafeInteger(value) ? value : Number.MAX_SAFE_INTEGER;
  }
  const digits = text(block, start, length).trim();
  if (digits === '') return 0;
  return /^[0-7]+$/.test(digits) ? Number.parseInt(digits, 8) : undefined;
}

/** Parses a header block; `undefined` when its checksum or a number field is wrong. */
export function readTarHeader(block: Uint8Array): TarHeader | undefined {
  let sum = 0;
  for (let index = 0; index < 512; index += 1) sum += index >= 148 && index < 156 ? 32 : (block[index] ?? 0);
  const checksum = numeric(block, 148, 8);
  const size = numeric(block, 124, 12);
  const mode = numeric(block, 100, 8);
  if (checksum !== sum || size === undefined || mode === undefined) return undefined;
  const name = text(block, 0, 100);
  const ustar = text(block, 257, 6) === 'ustar';
  const prefix = ustar ? text(block, 345, 155) : '';
  return {
    path: prefix === '' ? name : `${prefix}/${name}`,
    mode,
    size,
    type: String.fromCharCode(block[156] ?? 0),
  };
}

/** Reads the `path` and `size` records of a pax extended header; `undefined` when malformed. */
export function parsePaxRecords(data: Uint8Array): { path?: string; size?: number } | undefined {
  const result: { path?: string; size?: number } = {};
  let position = 0;
  while (position < data.length) {
    if (data[position] === 0) break;
    const space = data.indexOf(0x20, position);
    if (space === -1) return undefined;
    const length = Number.parseInt(decoder.decode(data.subarray(position, space)), 10);
    if (!Number.isInteger(length) || length <= space - position || position + length > data.length) return undefined;
    const record = decoder.decode(data.subarray(space + 1, position + length - 1));
    const equals = record.indexOf('=');
    if (equals === -1) return undefined;
    const key = record.slice(0, equals);
    const value = record.slice(equals + 1);
    if (key === 'path') result.path = value;
    if (key === 'size') {
      if (!/^\d+$/.test(value)) return undefined;
      result.size = Number(value);
    }
    position += length;
  }
  return result;
}
