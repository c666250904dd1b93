import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_TOKEN_FILE_NAME } from '@oxios/kernel';
import { check, type Check } from './check.js';

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(3, '0');

/** OXIOS_HOME is private (0700) and the admin token file is 0600: they hold tokens and the database. */
export function checkHome(home: string): Check {
  if (!existsSync(home)) {
    return check('home', 'pass', `${home} does not exist yet; \`oxios serve\` creates it (0700)`);
  }
  const mode = statSync(home).mode;
  if ((mode & 0o077) !== 0) {
    return check('home', 'fail', `${home} is readable by others (mode ${octal(mode)})`, `chmod 700 ${home}`);
  }
  const token = join(home, ADMIN_TOKEN_FILE_NAME);
  if (existsSync(token) && (statSync(token).mode & 0o077) !== 0) {
    return check(
      'home',
      'fail',
      `${token} is readable by others (mode ${octal(statSync(token).mode)})`,
      `chmod 600 ${token}`,
    );
  }
  return check('home', 'pass', `${home} is private (mode ${octal(mode)})`);
}
