import { describe, expect, it } from 'vitest';
import { validateGlob } from './compile-globs.js';
import { compilePathPolicy } from './path-policy.js';

describe('compilePathPolicy', () => {
  const policy = compilePathPolicy([
    { name: 'global', deny: ['**/.ssh{,/**}', '/etc/**'] },
    { name: 'role:user', allow: ['src/**', 'docs/**'] },
    { name: 'agent', allow: ['**'], deny: ['src/secrets/**'], readOnly: ['docs/**'] },
  ]);

  it('lets deny win over allow, whichever layer allows', () => {
    expect(policy.decide('src/secrets/key.pem', '/ws/src/secrets/key.pem', 'read')).toEqual({
      allowed: false,
      rule: 'deny:agent:src/secrets/**',
      reason: 'denied by agent glob "src/secrets/**"',
    });
    expect(policy.decide('src/.ssh/id', '/ws/src/.ssh/id', 'read').rule).toBe('deny:global:**/.ssh{,/**}');
  });

  it('requires every layer with an allow list to allow: an agent cannot exceed its role', () => {
    expect(policy.decide('build/out.js', '/ws/build/out.js', 'read')).toMatchObject({
      allowed: false,
      rule: 'not-allowed:role:user',
    });
    expect(policy.decide('src/main.ts', '/ws/src/main.ts', 'write')).toMatchObject({
      allowed: true,
      rule: 'allow:agent:**',
    });
  });

  it('denies writes and deletes, not reads, under read-only globs', () => {
    expect(policy.decide('docs/a.md', '/ws/docs/a.md', 'read').allowed).toBe(true);
    expect(policy.decide('docs/a.md', '/ws/docs/a.md', 'delete').rule).toBe('read-only:agent:docs/**');
  });

  it('matches deny globs case-insensitively and allow globs exactly', () => {
    expect(policy.decide('src/.SSH/id', '/ws/src/.SSH/id', 'read').allowed).toBe(false);
    expect(policy.decide('SRC/main.ts', '/ws/SRC/main.ts', 'read').allowed).toBe(false);
  });

  it('matches absolute globs against the real path', () => {
    expect(policy.decide('src/x', '/etc/x', 'read').rule).toBe('deny:global:/etc/**');
  });

  it('checks deny globs against the requested spelling as well as the real path', () => {
    expect(policy.decide('src/public.txt', '/ws/src/public.txt', 'read', 'src/secrets/alias').allowed).toBe(false);
  });

  it('refuses globs that could backtrack for seconds: more than three runs of "*", or negation', () => {
    expect(validateGlob('**/test/**/*.ts').isOk()).toBe(true);
    expect(validateGlob('**/a/**/b/**/c/**')._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument' });
    expect(validateGlob('*a*a*a*c').isErr()).toBe(true);
    expect(validateGlob('!src/**').isErr()).toBe(true);
  });
});
