import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_TOKEN_FILE_NAME } from '@oxios/kernel';

/** The admin token the local server wrote to `<home>/admin.token` (0600), if readable. */
export function readAdminToken(home: string): string | undefined {
  try {
    const token = readFileSync(join(home, ADMIN_TOKEN_FILE_NAME), 'utf8').trim();
    return token === '' ? undefined : token;
  } catch {
    return undefined;
  }
}
