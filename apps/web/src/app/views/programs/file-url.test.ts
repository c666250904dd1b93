import { describe, expect, it } from 'vitest';
import { fileUrlOf } from './file-url.js';

describe('fileUrlOf', () => {
  it('turns an absolute path into a file URL, encoding each segment', () => {
    expect(fileUrlOf('/srv/programs/parrot')).toBe('file:///srv/programs/parrot');
    expect(fileUrlOf(' /home/ann/my tools/#1/ ')).toBe('file:///home/ann/my%20tools/%231');
    expect(fileUrlOf('/a//./b')).toBe('file:///a/b');
  });

  it('refuses relative paths and parent steps', () => {
    expect(fileUrlOf('programs/parrot')).toBeUndefined();
    expect(fileUrlOf('~/parrot')).toBeUndefined();
    expect(fileUrlOf('/srv/../etc')).toBeUndefined();
  });
});
