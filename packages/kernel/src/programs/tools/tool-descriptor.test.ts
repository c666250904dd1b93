import { describe, expect, it } from 'vitest';
import { ProgramToolSchema } from '../program-manifest.js';
import { createToolDescriptor } from './tool-descriptor.js';

const definition = ProgramToolSchema.parse({
  description: 'Search',
  command: ['rg', '--max-count={limit}', '{pattern}', '--', '{path}'],
  arguments: [
    { name: 'pattern' },
    { name: 'path', required: false },
    { name: 'limit', type: 'integer', default: 5, min: 1, max: 100 },
  ],
  timeout_secs: 7,
});
const tool = createToolDescriptor('search', 'grep', definition, '/nonexistent/programs/search');

describe('createToolDescriptor', () => {
  it('names the tool program.<program>.<tool> and describes its arguments as JSON Schema', () => {
    expect(tool.name).toBe('program.search.grep');
    expect(tool.timeoutMs).toBe(7000);
    expect(tool.parameters).toEqual({
      type: 'object',
      properties: {
        pattern: { type: 'string', maxLength: 4096 },
        path: { type: 'string', maxLength: 4096 },
        limit: { type: 'integer', default: 5, minimum: 1, maximum: 100 },
      },
      required: ['pattern'],
      additionalProperties: false,
    });
  });

  it('substitutes each value as exactly one argument, never through a shell', () => {
    const prepared = tool.prepare({ pattern: 'a b; rm -rf / $(id)', path: 'src' })._unsafeUnwrap();
    expect(prepared).toEqual({
      command: 'rg',
      args: ['--max-count=5', 'a b; rm -rf / $(id)', '--', 'src'],
      binary: 'host',
      programDir: '/nonexistent/programs/search',
      timeoutMs: 7000,
    });
  });

  it('drops an element whose optional argument is absent', () => {
    expect(tool.prepare({ pattern: 'x' })._unsafeUnwrap().args).toEqual(['--max-count=5', 'x', '--']);
  });

  it('refuses a value that would be read as an option', () => {
    expect(tool.prepare({ pattern: '--pre=sh' })._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-argument',
      field: 'pattern',
    });
  });

  it('refuses unknown keys, wrong types, out-of-range numbers and NUL bytes', () => {
    for (const args of [
      { pattern: 'x', extra: 1 },
      { pattern: 3 },
      { pattern: 'x', limit: 1000 },
      { pattern: 'a\0b' },
      {},
    ]) {
      expect(tool.prepare(args)._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument' });
    }
  });

  it('refuses a bundled command that is missing from the program', () => {
    const bundled = createToolDescriptor(
      'p',
      't',
      ProgramToolSchema.parse({ description: 'x', command: ['bin/run'] }),
      '/nonexistent',
    );
    expect(bundled.prepare({}).isErr()).toBe(true);
  });
});
