// A child process runs a whole kernel (createKernel) on one OXIOS_HOME and writes as fast as it
// can — sessions and messages, audit entries, or program installs — printing each write only
// after it returned. The test SIGKILLs it at a random moment, then checks the home: the database
// passes integrity_check, every acknowledged write is there, no transaction is half applied, and
// no half-installed program is visible, neither to the program list nor in programs/. Then the
// next child starts on the same home (which also proves the lock is released by the kill).
// CI runs ROUNDS kills per kind; OXIOS_LONG=1 runs LONG_ROUNDS.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProgramManager,
  createSessionRepository,
  createSettingsRepository,
  openStore,
  parseConfig,
  type Store,
} from '../src/index.js';

const LONG = process.env.OXIOS_LONG === '1';
const ROUNDS = LONG ? 200 : 34;
/** The kill lands this long (uniformly at random) after the child acknowledged its first write. */
const KILL_WINDOW_MS = [2, 120] as const;
const kernelDist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const FILES_PER_PROGRAM = 24;

type Kind = 'sessions' | 'audit' | 'programs';

// The writer. Each line on stdout acknowledges a write that has returned; stdout is a pipe,
// which Node writes synchronously on Linux and macOS, so an acknowledged write happened first.
const writerScript = `
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKernel, loadConfig } from ${JSON.stringify(kernelDist)};
const [kind, round] = process.argv.slice(2);
const fail = (error) => { process.stderr.write(error.message + '\\n'); process.exit(4); };
const config = loadConfig({ env: { OXIOS_HOME: process.env.OXIOS_HOME } });
if (config.isErr()) fail(config.error);
const created = createKernel(config.value);
if (created.isErr()) fail(created.error);
const kernel = created.value;
const ack = (line) => process.stdout.write(line + '\\n');
ack('ready');
for (let n = 0; ; n += 1) {
  const id = 'r' + round + '-' + n;
  if (kind === 'sessions') {
    // One write per call, as the orchestrator makes them...
    const session = kernel.sessions.create({ userId: 'crash', id });
    if (session.isErr()) fail(session.error);
    ack('session ' + id);
    for (let m = 0; m < 2; m += 1) {
      const added = kernel.sessions.appendMessage(id, { role: 'user', content: id + ':' + m + ':' + 'x'.repeat(800) });
      if (added.isErr()) fail(added.error);
      ack('message ' + id + ' ' + added.value.seq);
    }
    // ...and one transaction of several rows, which must land whole or not at all.
    const group = kernel.store.transaction('group', () => {
      const made = kernel.sessions.create({ userId: 'crash', id: id + '-g' });
      if (made.isErr()) return made;
      for (let m = 0; m < 3; m += 1) {
        const added = kernel.sessions.appendMessage(id + '-g', { role: 'assistant', content: 'y'.repeat(1500) });
        if (added.isErr()) return added;
      }
      return made;
    });
    if (group.isErr()) fail(group.error);
    ack('group ' + id + '-g');
  } else if (kind === 'audit') {
    const checked = kernel.access.checkTool('system', 'read', { requestId: id });
    if (checked.isErr()) fail(checked.error);
    ack('audit ' + id);
  } else {
    const name = 'crash-' + round + '-' + n;
    const source = join(process.env.CRASH_SOURCES, name);
    mkdirSync(source, { recursive: true });
    writeFileSync(join(source, 'program.toml'), '[program]\\nname = "' + name + '"\\nversion = "1.0.0"\\ndescription = "crash test"\\nauthor = "tests"\\n');
    writeFileSync(join(source, 'SKILL.md'), '---\\nname: ' + name + '\\ndescription: crash test\\n---\\n\\nNothing.\\n');
    for (let file = 0; file < ${FILES_PER_PROGRAM}; file += 1)
      writeFileSync(join(source, 'data-' + file + '.txt'), (name + ':' + file + '\\n').repeat(400));
    const installed = await kernel.programs.install({ kind: 'directory', path: source });
    if (installed.isErr()) fail(installed.error);
    ack('program ' + name);
  }
}
`;

/** Runs the writer, SIGKILLs it a random moment after its first acknowledged write, resolves with its acknowledgements. */
function runAndKill(home: TempHome, work: string, kind: Kind, round: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(work, 'writer.mjs'), kind, String(round)], {
      env: { ...home.env, CRASH_SOURCES: join(work, 'sources') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      // Armed at the first acknowledged write, so that every kill lands mid-work however slow a
      // loaded machine makes the writes (a program install can take longer than the window).
      if (!armed && output.startsWith('ready\n') && output.split('\n').length > 2) {
        armed = true;
        const [least, most] = KILL_WINDOW_MS;
        setTimeout(() => child.kill('SIGKILL'), least + Math.random() * (most - least));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer exited on its own: ${errors}`));
      // Only complete lines were acknowledged; a partial last line was not.
      else resolve(output.split('\n').slice(1, -1));
    });
  });
}

function expectHealthy(store: Store): void {
  expect(store.integrityCheck()._unsafeUnwrap()).toBe('ok');
  const violations = store.database.prepare('PRAGMA foreign_key_check').all();
  expect(violations).toEqual([]);
}

function checkSessions(store: Store, acknowledged: readonly string[]): void {
  const sessions = createSessionRepository(store);
  for (const line of acknowledged) {
    const [what, id, seq] = line.split(' ') as [string, string, string | undefined];
    if (what === 'session') expect(sessions.get(id)._unsafeUnwrap().userId).toBe('crash');
    if (what === 'message') {
      const messages = sessions.messages(id)._unsafeUnwrap();
      expect(messages.find((message) => message.seq === Number(seq))?.content).toMatch(new RegExp(`^${id}:`));
    }
    if (what === 'group') expect(sessions.messages(id)._unsafeUnwrap()).toHaveLength(3);
  }
  // No group is half written, acknowledged or not.
  const partial = store.database
    .prepare(
      "SELECT COUNT(*) AS n FROM sessions s WHERE s.id LIKE '%-g' AND (SELECT COUNT(*) FROM messages m WHERE m.session_id = s.id) <> 3",
    )
    .get() as { n: number };
  expect(partial.n).toBe(0);
}

function checkAudit(store: Store, acknowledged: readonly string[]): void {
  const written = new Set(
    (
      store.database.prepare('SELECT request_id FROM audit_entries WHERE request_id IS NOT NULL').all() as {
        request_id: string;
      }[]
    ).map((row) => row.request_id),
  );
  for (const line of acknowledged) expect(written.has(line.split(' ')[1] ?? '')).toBe(true);
}

/** Every program folder is complete, whatever the list says; every acknowledged install is listed. */
function checkPrograms(home: TempHome, store: Store, acknowledged: readonly string[]): void {
  const programsDir = join(home.path, 'programs');
  const expectComplete = (name: string) => {
    const files = readdirSync(join(programsDir, name)).sort();
    expect(files).toHaveLength(FILES_PER_PROGRAM + 2);
    for (let file = 0; file < FILES_PER_PROGRAM; file += 1)
      expect(readFileSync(join(programsDir, name, `data-${file}.txt`), 'utf8')).toBe(`${name}:${file}\n`.repeat(400));
  };
  // What the crash left, before any recovery: every visible folder is a whole program.
  const visible = readdirSync(programsDir).filter((name) => name.startsWith('crash-'));
  for (const name of visible) expectComplete(name);
  // What a restarted kernel lists (its program manager also clears programs/.staging).
  const config = parseConfig('', 'test.toml')._unsafeUnwrap();
  const manager = createProgramManager({
    home: home.path,
    store,
    config: config.programs,
    settings: createSettingsRepository(store),
  })._unsafeUnwrap();
  const listed = manager
    .list()
    ._unsafeUnwrap()
    .filter((program) => program.name.startsWith('crash-'));
  expect(listed.map((program) => program.name).sort()).toEqual([...visible].sort());
  for (const line of acknowledged) {
    const name = line.split(' ')[1] ?? '';
    expect(listed.find((program) => program.name === name)).toMatchObject({ source: { kind: 'directory' } });
  }
  expect(readdirSync(join(programsDir, '.staging'))).toEqual([]);
}

describe(`crash safety: SIGKILL at random moments (${ROUNDS} kills per kind)`, () => {
  let home: TempHome;
  let work: string;
  beforeAll(async () => {
    home = await createTempHome();
    work = mkdtempSync(join(tmpdir(), 'oxios-crash-'));
    writeFileSync(join(work, 'writer.mjs'), writerScript);
  });
  afterAll(async () => {
    await home.remove();
    rmSync(work, { recursive: true, force: true });
  });

  const kinds: readonly Kind[] = ['sessions', 'audit', 'programs'];
  for (const kind of kinds) {
    it(
      `keeps every acknowledged ${kind} write and a consistent store`,
      async () => {
        const started = Date.now();
        const acknowledged: string[] = [];
        let round = 0;
        for (; round < ROUNDS; round += 1) {
          acknowledged.push(...(await runAndKill(home, work, kind, round + kinds.indexOf(kind) * 100_000)));
          const store = openStore({ home: home.path })._unsafeUnwrap();
          try {
            expectHealthy(store);
            if (kind === 'sessions') checkSessions(store, acknowledged);
            if (kind === 'audit') checkAudit(store, acknowledged);
            if (kind === 'programs') checkPrograms(home, store, acknowledged);
          } finally {
            store.close();
          }
        }
        // Every round got as far as acknowledging a write before its kill.
        expect(acknowledged.length).toBeGreaterThanOrEqual(ROUNDS);
        process.stdout.write(
          `crash safety (${kind}): ${round} kills, ${acknowledged.length} acknowledged writes checked, ${((Date.now() - started) / round).toFixed(0)} ms per kill\n`,
        );
      },
      60_000 + ROUNDS * 6_000,
    );
  }
});
