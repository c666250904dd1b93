import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MEMORY_NOTE_ID_RULE } from '../memory/memory-note-id.js';
import { MEMORY_USER_ID_RULE } from '../memory/memory-user-id.js';
import { PERSONA_ID_RULE } from '../personas/persona-id.js';
import { PROGRAM_NAME_RULE } from '../programs/program-name.js';
import { SKILL_NAME_RULE } from '../skills/skill-name.js';
import { resolveUnderRoot } from './resolve-under-root.js';

const RULES = { PROGRAM_NAME_RULE, SKILL_NAME_RULE, PERSONA_ID_RULE, MEMORY_NOTE_ID_RULE, MEMORY_USER_ID_RULE };
const HOSTILE = [
  '',
  '.',
  '..',
  '../x',
  '..\\x',
  'a/b',
  'a\\b',
  '/etc',
  '%2e%2e',
  '..%2f',
  '．．',
  'a\0b',
  ' a',
  'a ',
  '-rf',
  '--help',
  'a\nb',
  'A'.repeat(65),
  'x'.repeat(65),
  '\u202e',
  '~root',
  '$HOME',
  '`id`',
  'a;b',
];

describe('the name rules', () => {
  it.each(Object.entries(RULES))('%s refuses every hostile name', (_name, rule) => {
    for (const name of HOSTILE) {
      expect(rule.test(name), JSON.stringify(name)).toBe(false);
      expect(rule.validate(name)._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument', field: rule.field });
    }
    expect(rule.validate(42).isErr()).toBe(true);
  });

  it.each(Object.entries(RULES))('%s accepts an ordinary name', (_name, rule) => {
    expect(rule.validate('code-review-2')._unsafeUnwrap()).toBe('code-review-2');
  });
});

describe('resolveUnderRoot', () => {
  const root = mkdtempSync(join(tmpdir(), 'oxios-root-'));
  const outside = mkdtempSync(join(tmpdir(), 'oxios-outside-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('returns the path under the real root, existing or not', () => {
    mkdirSync(join(root, 'real'));
    expect(resolveUnderRoot(root, ['real'])._unsafeUnwrap()).toMatch(/real$/);
    expect(resolveUnderRoot(root, ['missing', 'file.md'])._unsafeUnwrap()).toMatch(/missing\/file\.md$/);
  });

  it('refuses a symlink out of the root and one inside it', () => {
    symlinkSync(outside, join(root, 'escape'));
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    expect(resolveUnderRoot(root, ['escape', 'x'])._unsafeUnwrapErr()).toMatchObject({
      code: 'path-denied',
      rule: 'symlink-escape',
    });
    expect(resolveUnderRoot(root, ['alias'])._unsafeUnwrapErr()).toMatchObject({
      code: 'path-denied',
      rule: 'symlink',
    });
  });

  it('refuses segments that leave the root lexically', () => {
    expect(resolveUnderRoot(root, ['..', 'x'])._unsafeUnwrapErr()).toMatchObject({ rule: 'outside-root' });
    expect(resolveUnderRoot(root, [])._unsafeUnwrapErr()).toMatchObject({ rule: 'outside-root' });
  });
});
