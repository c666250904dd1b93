import { describe, expect, it } from 'vitest';
import { findExecutable, hardRlimits } from './host-facts.js';

describe('hardRlimits', () => {
  it('reads the hard column of /proc/self/limits, leaving out unlimited rows', () => {
    const text = [
      'Limit                     Soft Limit           Hard Limit           Units     ',
      'Max cpu time              unlimited            unlimited            seconds   ',
      'Max file size             unlimited            unlimited            bytes     ',
      'Max processes             63304                63304                processes ',
      'Max open files            1024                 20000                files     ',
      'Max address space         unlimited            unlimited            bytes     ',
    ].join('\n');
    expect(hardRlimits(text)).toEqual({ nproc: 63304, nofile: 20000 });
  });
});

describe('findExecutable', () => {
  it('finds sh on the system PATH and nothing for a made-up name', () => {
    expect(findExecutable('sh', '/usr/bin:/bin')).toMatch(/\/sh$/);
    expect(findExecutable('oxios-no-such-tool', '/usr/bin:/bin')).toBeUndefined();
  });
});
