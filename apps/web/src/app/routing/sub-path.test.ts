import { describe, expect, it } from 'vitest';
import { itemPath, subPathOf } from './sub-path.js';

describe('subPathOf', () => {
  it('reads the decoded segment after the base, with or without a trailing slash', () => {
    expect(subPathOf('/programs', '/programs/git-tools')).toBe('git-tools');
    expect(subPathOf('/containers', '/containers/box.1/')).toBe('box.1');
    expect(subPathOf('/skills', itemPath('/skills', 'a b'))).toBe('a b');
  });

  it('is undefined on the base, on deeper paths, on other views and on broken escapes', () => {
    expect(subPathOf('/programs', '/programs')).toBeUndefined();
    expect(subPathOf('/programs', '/programs/')).toBeUndefined();
    expect(subPathOf('/programs', '/programs/a/b')).toBeUndefined();
    expect(subPathOf('/programs', '/programsx/a')).toBeUndefined();
    expect(subPathOf('/programs', '/programs/%E0%A4%A')).toBeUndefined();
  });
});
