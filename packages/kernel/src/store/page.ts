import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';

/** One page of a list, newest first unless stated otherwise. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Pass back as `cursor` to get the next page; absent on the last page. */
  readonly nextCursor?: string;
}

/** Paging options shared by every list. */
export interface PageOptions {
  /** 1–500; default 50. */
  readonly limit?: number;
  /** An opaque `nextCursor` from the previous page. */
  readonly cursor?: string;
}

/** Keyset position: the sort key and id of the last row of the previous page. */
export type CursorPosition = readonly [number, string];

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 500;

/** Encodes a keyset position as an opaque URL-safe cursor. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** Decodes a cursor; anything not produced by {@link encodeCursor} is `invalid-argument`. */
export function decodeCursor(cursor: string): Result<CursorPosition, KernelError> {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'string') {
      return ok([value[0], value[1]]);
    }
  } catch {
    // Falls through to the typed error below.
  }
  return err(invalidArgument('cursor', 'not a cursor returned by a previous page'));
}

/** Validates `limit`, defaulting to 50. */
export function pageLimit(limit: number | undefined): Result<number, KernelError> {
  if (limit === undefined) return ok(DEFAULT_PAGE_LIMIT);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) {
    return err(invalidArgument('limit', `expected integer 1–${MAX_PAGE_LIMIT}, got ${limit}`));
  }
  return ok(limit);
}

/**
 * Builds a page from rows fetched with `limit + 1`: the extra row only signals that another
 * page exists.
 */
export function toPage<Row, T>(
  rows: readonly Row[],
  limit: number,
  map: (row: Row) => T,
  position: (item: T) => CursorPosition,
): Page<T> {
  const items = rows.slice(0, limit).map(map);
  const last = items.at(-1);
  return rows.length > limit && last !== undefined ? { items, nextCursor: encodeCursor(position(last)) } : { items };
}
