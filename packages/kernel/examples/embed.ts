// Embed the Oxios kernel: load validated configuration and use the typed event bus.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventBus, loadConfig } from '@oxios/kernel';

const home = mkdtempSync(join(tmpdir(), 'oxios-embed-'));
const config = loadConfig({ env: { OXIOS_HOME: home, OXIOS_PORT: '4300' }, initialize: true });
if (config.isErr()) {
  // Every failure is a typed value: match on `code`.
  console.error(config.error.code === 'config-invalid' ? config.error.issues : config.error.message);
  process.exit(2);
}
console.log(`server would bind ${config.value.server.host}:${config.value.server.port}`);

type BuildEvent = { type: 'build-finished'; ok: boolean } | { type: 'build-started' };
const bus = createEventBus<BuildEvent>({ subscriberBuffer: 16 });
const finished = bus.subscribe({ types: ['build-finished'] });
bus.publish({ type: 'build-started' });
bus.publish({ type: 'build-finished', ok: true });
const next = await finished.next();
console.log(`event #${next.value?.id}: ${JSON.stringify(next.value?.event)}`);
finished.unsubscribe();
