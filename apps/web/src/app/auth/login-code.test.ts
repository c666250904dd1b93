import { describe, expect, it } from 'vitest';
import { loginCodeFrom } from './login-code.js';

describe('loginCodeFrom', () => {
  it('reads the code from the one-time link printed at startup', () => {
    expect(loginCodeFrom('#login=AbC-123_x')).toBe('AbC-123_x');
  });

  it('ignores hashes without a code', () => {
    expect(loginCodeFrom('')).toBeUndefined();
    expect(loginCodeFrom('#')).toBeUndefined();
    expect(loginCodeFrom('#login=')).toBeUndefined();
    expect(loginCodeFrom('#section-2')).toBeUndefined();
  });
});
