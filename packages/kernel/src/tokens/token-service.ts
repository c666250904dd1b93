import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { err, ok, type Result } from 'neverthrow';
import { invalidArgument, notFound, unauthenticated } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { Store } from '../store/store.js';

/** The roles a token can carry; they map onto the access manager's RBAC roles. */
export type TokenRole = 'user' | 'superuser' | 'admin';

/** A stored API token. The token itself is never stored, only its SHA-256 digest. */
export interface TokenRecord {
  readonly id: string;
  readonly name: string;
  /** The user the token acts as (`user:<userName>` to the access manager). */
  readonly userName: string;
  readonly role: TokenRole;
  readonly createdAt: number;
  readonly lastUsedAt: number | null;
  readonly expiresAt: number | null;
  readonly revokedAt: number | null;
}

/** A newly created token: `token` is shown once and cannot be recovered. */
export interface CreatedToken {
  readonly token: string;
  readonly record: TokenRecord;
}

/** Creates, verifies, lists and revokes API tokens. */
export interface TokenService {
  create(input: {
    name: string;
    userName: string;
    role: TokenRole;
    expiresAt?: number;
  }): Result<CreatedToken, KernelError>;
  /** Checks a presented token; `unauthenticated` (with a reason) unless it is known, unexpired and not revoked. */
  verify(token: string): Result<TokenRecord, KernelError>;
  list(): Result<readonly TokenRecord[], KernelError>;
  get(id: string): Result<TokenRecord, KernelError>;
  /** Revokes a token; revoking twice is fine. */
  revoke(id: string): Result<TokenRecord, KernelError>;
  /** True when any unrevoked, unexpired admin token exists. */
  hasActiveAdmin(): Result<boolean, KernelError>;
}

/** Prefix of every Oxios token, so secret scanners can recognise a leaked one. */
export const TOKEN_PREFIX = 'oxs_';
const TOKEN_PATTERN = /^oxs_[A-Za-z0-9_-]{43}$/;
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/;
const USER_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** `last_used_at` is refreshed at most this often, keeping per-request auth a single read. */
const LAST_USED_RESOLUTION_MS = 60_000;

interface TokenRow {
  id: string;
  name: string;
  digest: string;
  user_name: string;
  role: TokenRole;
  created_at: number;
  last_used_at: number | null;
  expires_at: number | null;
  revoked_at: number | null;
}

const toRecord = (row: TokenRow): TokenRecord => ({
  id: row.id,
  name: row.name,
  userName: row.user_name,
  role: row.role,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

/** SHA-256 of a token, hex. A 256-bit random token makes a fast hash safe here. */
export function digestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates the token service over `store`. */
export function createTokenService(store: Store, now: () => number = Date.now): TokenService {
  const byId = (id: string): Result<TokenRecord, KernelError> =>
    store
      .attempt(
        'read token',
        () => store.statement('SELECT * FROM api_tokens WHERE id = ?').get(id) as TokenRow | undefined,
      )
      .andThen((row) => (row ? ok(toRecord(row)) : err(notFound('token', id))));

  return {
    create(input) {
      if (!NAME_PATTERN.test(input.name))
        return err(invalidArgument('name', 'expected 1–64 letters, digits, spaces, ".", "_" or "-"'));
      if (!USER_PATTERN.test(input.userName))
        return err(invalidArgument('userName', 'expected 1–64 lowercase letters, digits, ".", "_" or "-"'));
      if (input.expiresAt !== undefined && input.expiresAt <= now())
        return err(invalidArgument('expiresAt', 'must be in the future'));
      const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      const id = crypto.randomUUID();
      const at = now();
      return store
        .attempt('create token', () =>
          store
            .statement(
              'INSERT INTO api_tokens (id, name, digest, user_name, role, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
            )
            .run(id, input.name, digestToken(token), input.userName, input.role, at, input.expiresAt ?? null),
        )
        .andThen(() => byId(id))
        .map((record) => ({ token, record }));
    },
    verify(token) {
      if (!TOKEN_PATTERN.test(token)) return err(unauthenticated('malformed'));
      const digest = digestToken(token);
      return store
        .attempt(
          'verify token',
          () => store.statement('SELECT * FROM api_tokens WHERE digest = ?').get(digest) as TokenRow | undefined,
        )
        .andThen((row) => {
          if (!row || !timingSafeEqual(Buffer.from(row.digest, 'hex'), Buffer.from(digest, 'hex')))
            return err(unauthenticated('unknown'));
          const at = now();
          if (row.revoked_at !== null) return err(unauthenticated('revoked'));
          if (row.expires_at !== null && row.expires_at <= at) return err(unauthenticated('expired'));
          if (row.last_used_at === null || at - row.last_used_at >= LAST_USED_RESOLUTION_MS) {
            const touched = store.attempt('touch token', () =>
              store.statement('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, row.id),
            );
            if (touched.isErr()) return err(touched.error);
            return ok(toRecord({ ...row, last_used_at: at }));
          }
          return ok(toRecord(row));
        });
    },
    list() {
      return store.attempt('list tokens', () =>
        (store.statement('SELECT * FROM api_tokens ORDER BY created_at, rowid').all() as unknown as TokenRow[]).map(
          toRecord,
        ),
      );
    },
    get: byId,
    revoke(id) {
      return byId(id).andThen((record) =>
        record.revokedAt !== null
          ? ok(record)
          : store
              .attempt('revoke token', () =>
                store.statement('UPDATE api_tokens SET revoked_at = ? WHERE id = ?').run(now(), id),
              )
              .andThen(() => byId(id)),
      );
    },
    hasActiveAdmin() {
      return store.attempt('read tokens', () => {
        const row = store
          .statement(
            "SELECT 1 FROM api_tokens WHERE role = 'admin' AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?) LIMIT 1",
          )
          .get(now());
        return row !== undefined;
      });
    },
  };
}
