// Every package that ships an embed example shows exactly that (type-checked) file in its README.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { workspacePackages } from '../bootstrap/fingerprint.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

describe('README embed examples', () => {
  for (const folder of workspacePackages(root)) {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    if (manifest.private) continue;
    it(`${manifest.name} has a README with its examples/embed.ts`, () => {
      const readme = readFileSync(join(folder, 'README.md'), 'utf8');
      const example = join(folder, 'examples', 'embed.ts');
      if (manifest.bin && !manifest.exports) return; // a pure command-line package: its README documents commands
      assert.ok(existsSync(example), `${manifest.name} needs examples/embed.ts`);
      assert.ok(
        readme.includes(readFileSync(example, 'utf8').trim()),
        `${manifest.name} README must show examples/embed.ts verbatim`,
      );
    });
  }
});
