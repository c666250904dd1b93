import { describe, expect, it } from 'vitest';
import { configInvalid, ioError, notFound, pathDenied } from './constructors.js';
import { isKernelError, KERNEL_ERROR_CODES } from './is-kernel-error.js';

describe('isKernelError', () => {
  it('accepts every constructor result', () => {
    for (const error of [
      notFound('session', 's1'),
      ioError('read', '/x', new Error('EACCES')),
      pathDenied('/etc', 'outside-workspace', 'outside'),
    ]) {
      expect(isKernelError(error)).toBe(true);
    }
  });

  it('rejects unknown codes, missing messages and non-objects', () => {
    expect(isKernelError({ code: 'nope', message: 'x' })).toBe(false);
    expect(isKernelError({ code: 'not-found' })).toBe(false);
    expect(isKernelError(new Error('x'))).toBe(false);
    expect(isKernelError(null)).toBe(false);
    expect(isKernelError('not-found')).toBe(false);
  });

  it('lists each code once', () => {
    expect(new Set(KERNEL_ERROR_CODES).size).toBe(KERNEL_ERROR_CODES.length);
    expect(KERNEL_ERROR_CODES).toContain('config-invalid');
  });
});

describe('constructors', () => {
  it('write messages that say what happened', () => {
    expect(notFound('program', 'git-tools').message).toBe('program "git-tools" not found');
    expect(configInvalid('c.toml', [{ path: 'a.b', message: 'expected integer, got "x"' }]).message).toBe(
      'c.toml: a.b: expected integer, got "x"',
    );
    expect(ioError('read', '/x', new Error('EACCES: denied')).message).toBe('cannot read /x: EACCES: denied');
  });
});
