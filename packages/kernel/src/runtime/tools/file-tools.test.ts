import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccessFixture, type AccessFixture } from '../../access/test-setup.js';
import { createEditTool } from './edit-tool.js';
import { createFindTool } from './find-tool.js';
import { createGrepTool } from './grep-tool.js';
import { createLsTool } from './ls-tool.js';
import { createReadTool } from './read-tool.js';
import { toAgentTool } from './to-agent-tool.js';
import type { RuntimeTool, ToolContext } from './types.js';
import { createWriteTool } from './write-tool.js';

let fixture: AccessFixture;
let workspace: string;
let context: ToolContext;

beforeEach(() => {
  fixture = createAccessFixture();
  workspace = join(fixture.root, 'ws');
  mkdirSync(workspace);
  fixture.access.createPermissions('a1', { owner: 'user:ann', by: 'system' })._unsafeUnwrap();
  context = {
    subject: 'agent:a1',
    audit: { sessionId: 's1', agentId: 'a1' },
    workspaceRoot: workspace,
    access: fixture.access,
    userId: undefined,
    sandbox: undefined,
    signal: new AbortController().signal,
  };
});
afterEach(() => {
  fixture.dispose();
});

async function call(tool: RuntimeTool, args: unknown) {
  const parsed = tool.schema.parse(args);
  return tool.execute(parsed, context);
}

function file(path: string, content: string) {
  mkdirSync(join(workspace, path, '..'), { recursive: true });
  writeFileSync(join(workspace, path), content);
}

describe('read and write', () => {
  it('writes a new file with its parents and reads a range of its lines', async () => {
    (await call(createWriteTool(), { path: 'a/b/c.txt', content: 'one\ntwo\nthree\nfour' }))._unsafeUnwrap();
    expect(readFileSync(join(workspace, 'a/b/c.txt'), 'utf8')).toBe('one\ntwo\nthree\nfour');
    const range = (await call(createReadTool(), { path: 'a/b/c.txt', offset: 2, limit: 2 }))._unsafeUnwrap();
    expect(range.text).toBe('[lines 2–3 of 4]\ntwo\nthree');
  });

  it('refuses a symlink that leads out of the workspace', async () => {
    writeFileSync(join(fixture.root, 'outside.txt'), 'secret');
    symlinkSync(join(fixture.root, 'outside.txt'), join(workspace, 'link.txt'));
    const error = (await call(createReadTool(), { path: 'link.txt' }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'path-denied', rule: 'symlink-escape' });
  });

  it('says a binary file is binary instead of printing it', async () => {
    writeFileSync(join(workspace, 'blob.bin'), Buffer.from([1, 0, 2, 3]));
    expect((await call(createReadTool(), { path: 'blob.bin' }))._unsafeUnwrap().text).toBe(
      'blob.bin is a binary file (4 bytes).',
    );
  });
});

describe('edit', () => {
  it('replaces exactly one match', async () => {
    file('f.ts', 'const a = 1;\nconst b = 2;\n');
    const result = (
      await call(createEditTool(), { path: 'f.ts', old_text: 'b = 2', new_text: 'b = 3' })
    )._unsafeUnwrap();
    expect(result.text).toBe('Replaced 1 occurrence in f.ts.');
    expect(readFileSync(join(workspace, 'f.ts'), 'utf8')).toBe('const a = 1;\nconst b = 3;\n');
  });

  it('explains a missing match', async () => {
    file('f.ts', 'const a = 1;\n');
    const error = (
      await call(createEditTool(), { path: 'f.ts', old_text: 'const  a', new_text: 'x' })
    )._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'not-found' });
    expect(error.message).toBe(
      'old_text was not found in f.ts. Read the file and copy the exact text, whitespace and indentation included.',
    );
  });

  it('refuses an ambiguous match unless replace_all is set', async () => {
    file('f.ts', 'x;\nx;\nx;\n');
    const error = (await call(createEditTool(), { path: 'f.ts', old_text: 'x;', new_text: 'y;' }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'invalid-argument', field: 'old_text' });
    expect(error.message).toContain('matches 3 places in f.ts');
    const all = await call(createEditTool(), { path: 'f.ts', old_text: 'x;', new_text: 'y;', replace_all: true });
    expect(all._unsafeUnwrap().text).toBe('Replaced 3 occurrences in f.ts.');
    expect(readFileSync(join(workspace, 'f.ts'), 'utf8')).toBe('y;\ny;\ny;\n');
  });

  it('keeps $ patterns in the replacement literal', async () => {
    file('f.ts', 'price\n');
    (await call(createEditTool(), { path: 'f.ts', old_text: 'price', new_text: "$& costs $'" }))._unsafeUnwrap();
    expect(readFileSync(join(workspace, 'f.ts'), 'utf8')).toBe("$& costs $'\n");
  });
});

describe('ls, grep and find', () => {
  beforeEach(() => {
    file('src/app.ts', 'export const app = 1;\n// TODO: more\n');
    file('src/lib/util.ts', 'export function util() {}\n');
    file('README.md', '# todo list\n');
    file('node_modules/dep/index.js', 'TODO inside a dependency\n');
    file('.ssh/id_rsa', 'TODO private key\n');
  });

  it('lists a directory with markers', async () => {
    expect((await call(createLsTool(), {}))._unsafeUnwrap().text).toBe(
      ['.ssh/', 'README.md', 'node_modules/', 'src/'].join('\n'),
    );
  });

  it('greps the workspace, skipping dependencies and paths the policy denies', async () => {
    const result = (await call(createGrepTool(), { pattern: 'todo', ignore_case: true }))._unsafeUnwrap();
    expect(result.text).toBe('README.md:1: # todo list\nsrc/app.ts:2: // TODO: more');
    const denied = fixture.access.audit.query({ subject: 'agent:a1', allowed: false })._unsafeUnwrap().items;
    expect(denied.map((entry) => entry.resource)).toEqual(['.ssh']);
  });

  it('greps one file and filters by glob', async () => {
    expect((await call(createGrepTool(), { pattern: 'export', glob: '*.ts' }))._unsafeUnwrap().text).toBe(
      'src/app.ts:1: export const app = 1;\nsrc/lib/util.ts:1: export function util() {}',
    );
    expect((await call(createGrepTool(), { pattern: 'util', path: 'src/lib/util.ts' }))._unsafeUnwrap().text).toBe(
      'src/lib/util.ts:1: export function util() {}',
    );
  });

  it('reports an invalid regular expression as an invalid argument', async () => {
    expect((await call(createGrepTool(), { pattern: '(' }))._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-argument',
      field: 'pattern',
    });
  });

  it('finds files by name or path glob', async () => {
    expect((await call(createFindTool(), { pattern: '*.ts' }))._unsafeUnwrap().text).toBe(
      'src/app.ts\nsrc/lib/util.ts',
    );
    expect((await call(createFindTool(), { pattern: 'src/*.ts' }))._unsafeUnwrap().text).toBe('src/app.ts');
    expect((await call(createFindTool(), { pattern: '**/index.js', include_ignored: true }))._unsafeUnwrap().text).toBe(
      'node_modules/dep/index.js',
    );
  });
});

describe('toAgentTool', () => {
  const options = () => ({ maxOutputBytes: 1_024, runSignal: new AbortController().signal });

  it('returns arguments that fail the zod schema to the model as an error', async () => {
    const tool = toAgentTool(createReadTool(), context, options());
    const result = await tool.execute('call-1', { path: 'x', extra: true });
    expect(result).toMatchObject({ isError: true, details: { code: 'invalid-argument' } });
  });

  it('cuts long output and says so', async () => {
    file('big.txt', 'x'.repeat(5_000));
    const result = await toAgentTool(createReadTool(), context, options()).execute('call-1', { path: 'big.txt' });
    const text = result.content[0]?.type === 'text' ? result.content[0].text : '';
    expect(Buffer.byteLength(text)).toBeLessThan(1_300);
    expect(text).toContain('bytes omitted: the output exceeded the 1024-byte limit');
    expect(result.details).toMatchObject({ truncated: true, summary: 'read big.txt' });
  });

  it('does not run a call when the run was already stopped', async () => {
    const stopped = new AbortController();
    stopped.abort();
    const tool = toAgentTool(createWriteTool(), context, { maxOutputBytes: 1_024, runSignal: stopped.signal });
    const result = await tool.execute('call-1', { path: 'never.txt', content: 'x' });
    expect(result).toMatchObject({ isError: true, details: { code: 'aborted' } });
    expect(() => readFileSync(join(workspace, 'never.txt'))).toThrow();
  });
});
