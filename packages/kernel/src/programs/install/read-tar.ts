import { err, ok, type Result } from 'neverthrow';
import { unsafeContent } from '../../errors/constructors.js';
import type { UnsafeContentError } from '../../errors/kernel-error.js';
import type { InstallLimits } from './install-limits.js';
import { parsePaxRecords, readTarHeader, type TarHeader } from './tar-header.js';
import { validateEntryPath } from './validate-entry-path.js';

/** A regular file or folder of a checked archive. */
export interface TarEntry {
  readonly type: 'file' | 'directory';
  /** Validated path segments (no `..`, not absolute). */
  readonly segments: readonly string[];
  readonly executable: boolean;
  /** File contents (empty for folders). */
  readonly data: Uint8Array;
}

const REFUSED_TYPES: Readonly<Record<string, readonly [string, string]>> = {
  '1': ['link', 'hard links are not allowed'],
  '2': ['link', 'symbolic links are not allowed'],
  '3': ['special-file', 'device files are not allowed'],
  '4': ['special-file', 'device files are not allowed'],
  '6': ['special-file', 'FIFOs are not allowed'],
};

/** pax headers (`x` per entry, `g` global) and GNU long names (`L`) and long link names (`K`). */
const META_TYPES = new Set(['x', 'g', 'L', 'K']);

interface Pending {
  path?: string;
  size?: number;
}

/** Applies the caps; returns the refusal, if any. */
function checkCaps(
  source: string,
  name: string,
  size: number,
  totals: { bytes: number; entries: number },
  limits: InstallLimits,
) {
  if (size > limits.maxFileBytes) {
    return unsafeContent(source, name, 'file-too-large', `larger than ${limits.maxFileBytes} bytes`);
  }
  totals.bytes += size;
  totals.entries += 1;
  if (totals.bytes > limits.maxTotalBytes) {
    return unsafeContent(source, '', 'total-too-large', `more than ${limits.maxTotalBytes} bytes in total`);
  }
  if (totals.entries > limits.maxEntries) {
    return unsafeContent(source, '', 'too-many-entries', `more than ${limits.maxEntries} entries`);
  }
  return undefined;
}

/**
 * Reads a whole (uncompressed) tar archive and checks every entry before anything is written.
 * Accepts only regular files and folders (ustar, GNU long names, pax `path`/`size`); refuses
 * links, devices and FIFOs, absolute and `..` paths, duplicates, a file used as a folder, bad
 * checksums, truncation, and anything past the caps.
 */
export function readTar(
  source: string,
  archive: Uint8Array,
  limits: InstallLimits,
): Result<TarEntry[], UnsafeContentError> {
  const entries: TarEntry[] = [];
  const kinds = new Map<string, 'file' | 'directory'>();
  const totals = { bytes: 0, entries: 0 };
  let pending: Pending = {};
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const block = archive.subarray(offset, offset + 512);
    if (block.every((byte) => byte === 0)) return ok(entries);
    const parsed = readTarHeader(block);
    if (parsed === undefined) return err(unsafeContent(source, '', 'corrupt', `bad header at byte ${offset}`));
    const meta = META_TYPES.has(parsed.type);
    const header: TarHeader = meta ? parsed : { ...parsed, size: pending.size ?? parsed.size };
    const name = pending.path ?? header.path;
    if (meta) {
      if (header.size > 1_048_576) return err(unsafeContent(source, name, 'corrupt', 'metadata entry too large'));
    } else {
      const refusal = checkCaps(source, name, header.type === '5' ? 0 : header.size, totals, limits);
      if (refusal) return err(refusal);
    }
    const start = offset + 512;
    const end = start + header.size;
    if (end > archive.length) return err(unsafeContent(source, name, 'corrupt', 'the archive is truncated'));
    const data = archive.subarray(start, end);
    offset = start + Math.ceil(header.size / 512) * 512;
    if (header.type === 'x' || header.type === 'L') {
      const next =
        header.type === 'x' ? parsePaxRecords(data) : { path: new TextDecoder().decode(data).replace(/\0+$/, '') };
      if (next === undefined) return err(unsafeContent(source, name, 'corrupt', 'malformed pax header'));
      pending = { ...pending, ...next };
      continue;
    }
    if (header.type === 'g' || header.type === 'K') continue;
    pending = {};
    const refused = REFUSED_TYPES[header.type];
    if (refused) return err(unsafeContent(source, name, refused[0], refused[1]));
    if (header.type !== '0' && header.type !== '\0' && header.type !== '7' && header.type !== '5') {
      return err(unsafeContent(source, name, 'unsupported-entry', `entry type ${JSON.stringify(header.type)}`));
    }
    const segments = validateEntryPath(source, name);
    if (segments.isErr()) return err(segments.error);
    if (segments.value.length === 0) continue;
    const type = header.type === '5' ? 'directory' : 'file';
    const key = segments.value.join('/');
    const existing = kinds.get(key);
    if (existing !== undefined && (existing === 'file' || type === 'file')) {
      return err(unsafeContent(source, name, 'duplicate-entry', 'the path appears twice'));
    }
    for (let length = 1; length < segments.value.length; length += 1) {
      const parent = segments.value.slice(0, length).join('/');
      if (kinds.get(parent) === 'file')
        return err(unsafeContent(source, name, 'duplicate-entry', `${parent} is a file`));
      kinds.set(parent, 'directory');
    }
    kinds.set(key, type);
    entries.push({ type, segments: segments.value, executable: (header.mode & 0o111) !== 0, data });
  }
  return err(unsafeContent(source, '', 'corrupt', 'the archive has no end marker'));
}
