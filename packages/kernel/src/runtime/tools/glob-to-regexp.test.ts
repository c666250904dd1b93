import { describe, expect, it } from 'vitest';
import { globToRegExp } from './glob-to-regexp.js';

const matches = (glob: string, path: string) => globToRegExp(glob).test(path);

describe('globToRegExp', () => {
  it('matches a name anywhere when the pattern has no slash', () => {
    expect(matches('*.ts', 'src/a/b.ts')).toBe(true);
    expect(matches('*.ts', 'src/a/b.tsx')).toBe(false);
  });

  it('keeps * within one directory and lets ** span directories', () => {
    expect(matches('src/*.ts', 'src/a.ts')).toBe(true);
    expect(matches('src/*.ts', 'src/a/b.ts')).toBe(false);
    expect(matches('src/**/*.ts', 'src/a.ts')).toBe(true);
    expect(matches('src/**/*.ts', 'src/a/b/c.ts')).toBe(true);
  });

  it('supports ?, alternation and character classes, and escapes the rest', () => {
    expect(matches('file?.{js,ts}', 'file1.ts')).toBe(true);
    expect(matches('file?.{js,ts}', 'file12.ts')).toBe(false);
    expect(matches('[ab].txt', 'b.txt')).toBe(true);
    expect(matches('[!ab].txt', 'b.txt')).toBe(false);
    expect(matches('a+b.txt', 'a+b.txt')).toBe(true);
    expect(matches('a.txt', 'abtxt')).toBe(false);
  });
});
