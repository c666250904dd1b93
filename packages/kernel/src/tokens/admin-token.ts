import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { ioError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { TokenService } from './token-service.js';

/** The file (mode 0600) holding the admin token, read by the local `oxios` CLI. */
export const ADMIN_TOKEN_FILE_NAME = 'admin.token';

/** Where {@link ensureAdminToken} left the admin token. */
export interface AdminToken {
  readonly token: string;
  readonly path: string;
  /** True when it was created now: show it to the operator this once. */
  readonly created: boolean;
}

function readTokenFile(path: string): Result<string | undefined, KernelError> {
  try {
    return ok(existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined);
  } catch (error) {
    return err(ioError('read', path, error));
  }
}

function writeTokenFile(path: string, token: string): Result<void, KernelError> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${token}\n`, { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, path);
    return ok(undefined);
  } catch (error) {
    return err(ioError('write', path, error));
  }
}

/**
 * Makes sure an admin token exists: keeps the one in `<home>/admin.token` while it is valid,
 * otherwise creates a new admin token and writes it there (0600, atomically).
 */
export function ensureAdminToken(tokens: TokenService, home: string): Result<AdminToken, KernelError> {
  const path = join(home, ADMIN_TOKEN_FILE_NAME);
  return readTokenFile(path).andThen((existing) => {
    if (existing !== undefined) {
      const verified = tokens.verify(existing);
      if (verified.isOk() && verified.value.role === 'admin') return ok({ token: existing, path, created: false });
      if (verified.isErr() && verified.error.code !== 'unauthenticated') return err(verified.error);
    }
    return tokens
      .create({ name: 'admin', userName: 'admin', role: 'admin' })
      .andThen((created) =>
        writeTokenFile(path, created.token).map(() => ({ token: created.token, path, created: true })),
      );
  });
}
