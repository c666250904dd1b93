import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { ProgramsSectionSchema, type ProgramsSection } from '../config/sections/programs.js';
import { openStore } from '../store/open-store.js';
import { createSettingsRepository } from '../store/repositories/settings-repository.js';
import type { Store } from '../store/store.js';
import { createProgramManager } from './create-program-manager.js';
import type { ProgramEvent } from './program-events.js';
import type { ProgramManager } from './types.js';

/** A program manager on a temp OXIOS_HOME, with a scratch folder for sources (test helper). */
export interface ProgramFixture extends AsyncDisposable {
  readonly home: TempHome;
  readonly scratch: string;
  readonly store: Store;
  readonly manager: ProgramManager;
  readonly events: ProgramEvent[];
  readonly programsDir: string;
  /** Entries of programs/ and programs/.staging (what an install left behind). */
  leftovers(): { programs: string[]; staging: string[] };
}

/** Creates a {@link ProgramFixture}; `config` overrides `[programs]` settings. */
export async function createProgramFixture(config: Partial<ProgramsSection> = {}): Promise<ProgramFixture> {
  const home = await createTempHome();
  const scratch = join(home.path, 'scratch');
  mkdirSync(scratch);
  const store = openStore({ home: home.path })._unsafeUnwrap();
  const events: ProgramEvent[] = [];
  const programsDir = join(home.path, 'programs');
  const manager = createProgramManager({
    home: home.path,
    store,
    config: { ...ProgramsSectionSchema.parse({}), ...config },
    settings: createSettingsRepository(store),
    bus: { publish: (event) => events.push(event) },
  })._unsafeUnwrap();
  return {
    home,
    scratch,
    store,
    manager,
    events,
    programsDir,
    leftovers: () => ({
      programs: readdirSync(programsDir).filter((name) => name !== '.staging'),
      staging: readdirSync(join(programsDir, '.staging')),
    }),
    async [Symbol.asyncDispose]() {
      store.close();
      await home.remove();
    },
  };
}

/** program.toml text for `name` with one tool `echo` (`echo {text}`). */
export function manifestText(name: string, extra = ''): string {
  return `[program]
name = "${name}"
version = "1.2.3"
description = "A test program"
author = "tests"

[tools.echo]
description = "Echo a text"
command = ["echo", "--", "{text}"]
arguments = [{ name = "text", description = "What to echo" }]
${extra}`;
}

/** Writes a program folder (program.toml, SKILL.md) under `parent/<folder>` and returns its path. */
export function writeProgramFolder(parent: string, name: string, folder = name, extra = ''): string {
  const dir = join(parent, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'program.toml'), manifestText(name, extra));
  writeFileSync(join(dir, 'SKILL.md'), `---\nname: ${name}\ndescription: test\n---\n\nUse ${name} wisely.\n`);
  return dir;
}

/** Runs git with a fixed identity and no user config. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
}

/** One hand-made tar entry. `size` overrides the header's size field (for lying headers). */
export interface RawTarEntry {
  readonly name: string;
  readonly type?: '0' | '1' | '2' | '3' | '5' | '6' | 'x' | 'L';
  readonly body?: string | Uint8Array;
  readonly linkname?: string;
  readonly size?: number;
  readonly mode?: number;
}

function field(block: Buffer, offset: number, length: number, value: string): void {
  block.write(value.slice(0, length), offset, 'latin1');
}

/** Builds a tar archive byte by byte, including entries no honest tar tool would write. */
export function buildTar(entries: readonly RawTarEntry[], options: { gzip?: boolean } = {}): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const body = typeof entry.body === 'string' ? Buffer.from(entry.body) : Buffer.from(entry.body ?? []);
    const header = Buffer.alloc(512);
    field(header, 0, 100, entry.name);
    field(header, 100, 8, `${(entry.mode ?? 0o644).toString(8).padStart(7, '0')}\0`);
    field(header, 108, 8, '0000000\0');
    field(header, 116, 8, '0000000\0');
    field(header, 124, 12, `${(entry.size ?? body.length).toString(8).padStart(11, '0')}\0`);
    field(header, 136, 12, '00000000000\0');
    header.write(entry.type ?? '0', 156, 'latin1');
    field(header, 157, 100, entry.linkname ?? '');
    field(header, 257, 6, 'ustar\0');
    field(header, 263, 2, '00');
    header.fill(0x20, 148, 156);
    let sum = 0;
    for (const byte of header) sum += byte;
    field(header, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
    blocks.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  const tar = Buffer.concat(blocks);
  return options.gzip === true ? gzipSync(tar) : tar;
}

/** A pax extended header entry setting `path` for the next entry. */
export function paxPath(path: string): RawTarEntry {
  const record = (length: number) => `${length} path=${path}\n`;
  let length = record(0).length;
  while (record(length).length !== length) length = record(length).length;
  return { name: 'PaxHeader', type: 'x', body: record(length) };
}
