import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTempHome } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';

const kernelDist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('the OXIOS_HOME lock across processes', () => {
  it('refuses a second process while the first lives and frees the home the moment it is SIGKILLed', async () => {
    await using home = await createTempHome();
    const script = join(home.path, 'holder.mjs');
    writeFileSync(
      script,
      `import { openStore } from ${JSON.stringify(kernelDist)};
const store = openStore({ home: process.env.OXIOS_HOME });
if (store.isErr()) { console.error(store.error.message); process.exit(3); }
console.log('holding');
setInterval(() => {}, 1000);`,
    );
    const holder = spawn(process.execPath, [script], { env: home.env, stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('holding')) resolve();
      });
      holder.once('exit', (code) => {
        reject(new Error(`holder exited with ${String(code)}`));
      });
    });
    expect(openStore({ home: home.path })._unsafeUnwrapErr()).toMatchObject({ code: 'store-locked', pid: holder.pid });
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    const store = openStore({ home: home.path })._unsafeUnwrap();
    expect(store.integrityCheck()._unsafeUnwrap()).toBe('ok');
    store.close();
  });
});
