import { describe, expect, it } from 'vitest';
import { abortedError, gateClosed, invalidEvent, invalidSeed } from './constructors.js';
import { isOuroborosError, OUROBOROS_ERROR_CODES } from './is-ouroboros-error.js';

describe('isOuroborosError', () => {
  it('recognises errors built by the constructors', () => {
    expect(isOuroborosError(abortedError('wonder'))).toBe(true);
    expect(isOuroborosError(gateClosed(0.3, 0.2))).toBe(true);
  });

  it('rejects unknown codes, missing messages and non-objects', () => {
    expect(isOuroborosError({ code: 'not-found', message: 'x' })).toBe(false);
    expect(isOuroborosError({ code: 'aborted' })).toBe(false);
    expect(isOuroborosError('aborted')).toBe(false);
    expect(isOuroborosError(null)).toBe(false);
  });

  it('lists every code once', () => {
    expect([...OUROBOROS_ERROR_CODES].sort()).toEqual([
      'aborted',
      'gate-closed',
      'generation-cap',
      'insufficient-votes',
      'invalid-event',
      'invalid-input',
      'invalid-seed',
      'llm-failed',
      'llm-reply-invalid',
      'timeout',
    ]);
  });
});

describe('error constructors', () => {
  it('write messages that name what went wrong', () => {
    expect(
      invalidSeed([
        { path: 'goal', message: 'must not be blank' },
        { path: '', message: 'unknown key' },
      ]).message,
    ).toBe('invalid seed: goal: must not be blank; unknown key');
    expect(invalidEvent('seed-created', 'wrong phase')).toEqual({
      code: 'invalid-event',
      eventType: 'seed-created',
      reason: 'wrong phase',
      message: 'cannot apply seed-created: wrong phase',
    });
    expect(gateClosed(null, 0.2).message).toBe('seed gate closed: the interview has not been scored');
  });
});
