import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of default assets shipped inside @oxios/kernel (`assets/` next to its
 * package.json): default programs, skills and personas. Found by walking up from this module,
 * which works both from the built `dist/index.js` and from `src/` in tests.
 */
export function findAssetsDir(from: string = import.meta.url): string | undefined {
  let directory = dirname(fileURLToPath(from));
  for (let level = 0; level < 5; level += 1) {
    const candidate = join(directory, 'assets');
    if (existsSync(join(directory, 'package.json')) && existsSync(candidate)) return candidate;
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return undefined;
}
