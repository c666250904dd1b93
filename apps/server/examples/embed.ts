// Host the Oxios API inside your own process, then stop it gracefully.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runServer } from '@oxios/server';

const home = mkdtempSync(join(tmpdir(), 'oxios-server-'));
const { promise: stop, resolve: requestStop } = Promise.withResolvers<'stop'>();
const exited = runServer({ env: { OXIOS_HOME: home, OXIOS_PORT: '4321' }, stopSignal: stop, print: () => undefined });

for (let attempt = 0; attempt < 50; attempt += 1) {
  const health = await fetch('http://127.0.0.1:4321/health').catch(() => undefined);
  if (health?.ok) {
    console.log(await health.json()); // { status: 'ok', version: '…' }
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
requestStop('stop');
console.log(`exit code ${await exited}`); // 0 = clean shutdown; 1 failure; 2 invalid config
