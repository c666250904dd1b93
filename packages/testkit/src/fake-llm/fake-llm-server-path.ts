import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the built `fake-llm-server` executable (`dist/fake-llm-server.js` of
 * @oxios/testkit). It exists once testkit is built; turbo builds it before any dependant's tests.
 */
export function fakeLlmServerPath(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@oxios/testkit'
    )
      return join(folder, 'dist', 'fake-llm-server.js');
    const parent = dirname(folder);
    if (parent === folder) throw new Error('fake-llm: cannot find the @oxios/testkit package folder');
    folder = parent;
  }
}
