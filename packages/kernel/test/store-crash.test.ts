import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionRepository, openStore } from '../src/index.js';

const kernelDist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const ROUNDS = 12;

// A writer that commits one session with three messages per transaction and prints the id of
// each session only after its transaction committed.
const writerScript = `
import { createSessionRepository, openStore } from ${JSON.stringify(kernelDist)};
const store = openStore({ home: process.env.OXIOS_HOME });
if (store.isErr()) { process.stderr.write(store.error.message); process.exit(3); }
const sessions = createSessionRepository(store.value);
for (;;) {
  const result = store.value.transaction('write', () =>
    sessions.create({ userId: 'crash' }).andThen((session) =>
      sessions.appendMessage(session.id, { role: 'user', content: 'a'.repeat(2000) })
        .andThen(() => sessions.appendMessage(session.id, { role: 'assistant', content: 'b' }))
        .andThen(() => sessions.appendMessage(session.id, { role: 'user', content: 'c' }))
        .map(() => session.id)));
  if (result.isErr()) { process.stderr.write(result.error.message); process.exit(4); }
  process.stdout.write(result.value + '\\n');
}
`;

function runAndKill(home: TempHome, script: string, afterLines: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env: home.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    let output = '';
    let errors = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (output.split('\n').length > afterLines) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own: ${errors}`));
      // Only complete lines were acknowledged; a partial last line was not.
      else resolve(output.split('\n').slice(0, -1));
    });
  });
}

describe('store crash safety', () => {
  let home: TempHome;
  beforeEach(async () => {
    home = await createTempHome();
  });
  afterEach(() => home.remove());

  it(`keeps every committed write and passes integrity_check after SIGKILL mid-write (${ROUNDS} rounds)`, async () => {
    const script = join(home.path, 'writer.mjs');
    writeFileSync(script, writerScript);
    const acknowledged: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      acknowledged.push(...(await runAndKill(home, script, 5 + Math.floor(Math.random() * 60))));
      const store = openStore({ home: home.path })._unsafeUnwrap();
      expect(store.integrityCheck()._unsafeUnwrap()).toBe('ok');
      const sessions = createSessionRepository(store);
      for (const id of acknowledged) {
        expect(sessions.messages(id)._unsafeUnwrap()).toHaveLength(3);
      }
      // No half-written transaction: every stored session has all three messages.
      const partial = store.database
        .prepare(
          'SELECT COUNT(*) AS n FROM sessions s WHERE (SELECT COUNT(*) FROM messages m WHERE m.session_id = s.id) <> 3',
        )
        .get() as { n: number };
      expect(partial.n).toBe(0);
      store.close();
    }
    expect(acknowledged.length).toBeGreaterThan(ROUNDS * 5);
  }, 120_000);
});
