import { describe, expect, it } from 'vitest';
import { validateContent } from '../content/validate-content.js';
import { ProgramManifestSchema } from './program-manifest.js';
import { validateProgramName } from './program-name.js';

const base = { program: { name: 'ok', version: '1', description: 'd', author: 'a' } };
const check = (raw: unknown) => validateContent(ProgramManifestSchema, raw, 'program.toml');

describe('ProgramManifestSchema', () => {
  it.each(['../evil', '..', 'a/b', '', 'UPPER', '-dash', 'a'.repeat(65), 'a\0b'])(
    'refuses the program name %j',
    (name) => {
      expect(check({ program: { ...base.program, name } })._unsafeUnwrapErr()).toMatchObject({
        code: 'content-invalid',
        issues: [expect.objectContaining({ path: 'program.name' })],
      });
      expect(validateProgramName(name).isErr()).toBe(true);
    },
  );

  it('refuses a shell string as command, placeholders in the command and undeclared placeholders', () => {
    const tool = (command: unknown, args: unknown[] = []) =>
      check({ ...base, tools: { t: { description: 'd', command, arguments: args } } });
    expect(tool('rm -rf /').isErr()).toBe(true);
    expect(tool(['sh -c x']).isErr()).toBe(true);
    expect(tool(['../bin/x']).isErr()).toBe(true);
    expect(tool(['{cmd}'], [{ name: 'cmd' }]).isErr()).toBe(true);
    expect(tool(['echo', '{nope}'])._unsafeUnwrapErr().issues[0]).toMatchObject({ path: 'tools.t.command.1' });
    expect(tool(['bin/run', '{x}'], [{ name: 'x' }]).isOk()).toBe(true);
  });

  it('refuses unknown tables and mismatched defaults', () => {
    expect(check({ ...base, extra: {} })._unsafeUnwrapErr().issues[0]?.path).toBe('extra');
    const bad = {
      ...base,
      tools: { t: { description: 'd', command: ['x'], arguments: [{ name: 'n', type: 'integer', default: 'x' }] } },
    };
    expect(check(bad).isErr()).toBe(true);
  });
});
