import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openStore, createAccessManager, parseConfig } from '@oxios/kernel';
const defaults = parseConfig('', 'b')._unsafeUnwrap();
function setup(pragma: string) {
  const home = mkdtempSync(join(tmpdir(), 'sq-'));
  const store = openStore({ home })._unsafeUnwrap();
  if (pragma) store.database.exec(pragma);
  const access = createAccessManager({ store, config: { ...defaults, home } })._unsafeUnwrap();
  access.assignRole('user:bench', 'admin', { by: 'system' })._unsafeUnwrap();
  access.createPermissions('a', { owner: 'user:bench', by: 'system' })._unsafeUnwrap();
  return access;
}
const configs = ['', 'PRAGMA wal_autocheckpoint = 10000;', 'PRAGMA synchronous = OFF;'];
const accesses = configs.map(setup);
const results = configs.map(() => [] as number[]);
for (let r = 0; r < 5; r++) {
  accesses.forEach((access, i) => {
    const t0 = performance.now();
    for (let k = 0; k < 2000; k++)
      access.checkTool('agent:a', 'echo', { sessionId: 's', agentId: 'a', requestId: 'r' });
    results[i]!.push(((performance.now() - t0) / 2000) * 1000);
  });
}
configs.forEach((c, i) => console.log(c || 'default', results[i]!.map((x) => x.toFixed(0)).join(' ')));
