import { describe, expect, it } from 'vitest';
import { artifactPathProblem } from './artifact-path-problem.js';

describe('artifactPathProblem', () => {
  it.each(['todo.js', 'src/index.ts', 'docs/a b/ü.md', '.github/workflows/ci.yml'])('accepts %s', (path) => {
    expect(artifactPathProblem(path)).toBeNull();
  });

  it.each([
    ['', 'must not be empty'],
    ['../etc/passwd', 'must not contain ".."'],
    ['src/../../x', 'must not contain ".."'],
    ['/etc/passwd', 'must be relative to the workspace'],
    ['C:/Windows', 'must be relative to the workspace'],
    ['src\\index.ts', 'must use / as separator, not \\'],
    ['src//index.ts', 'must not contain empty or "." components'],
    ['./index.ts', 'must not contain empty or "." components'],
    ['out/NUL.txt', '"NUL.txt" is a reserved name on Windows'],
    ['a\0b', 'must not contain NUL'],
    ['x'.repeat(256), 'must be at most 255 bytes'],
  ])('refuses %j: %s', (path, problem) => {
    expect(artifactPathProblem(path)).toBe(problem);
  });

  it('counts bytes, not characters', () => {
    expect(artifactPathProblem('é'.repeat(127))).toBeNull();
    expect(artifactPathProblem('é'.repeat(128))).toBe('must be at most 255 bytes');
  });
});
