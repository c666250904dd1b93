import { describe, expect, it } from 'vitest';
import { compileWildcards } from './compile-wildcards.js';

describe('compileWildcards', () => {
  const set = compileWildcards(['host-exec:*', 'use-tool:bash', 'net:*.example.com', 'manage-roles']);

  it('matches action:resource keys where * is any text', () => {
    expect(set.matches('host-exec:git push --force')).toBe(true);
    expect(set.matches('host-exec:/bin/rm -rf /')).toBe(true);
    expect(set.matches('use-tool:bash')).toBe(true);
    expect(set.matches('use-tool:bash2')).toBe(false);
    expect(set.matches('net:api.example.com')).toBe(true);
    expect(set.matches('net:example.com.evil')).toBe(false);
    expect(set.matches('manage-roles:user:ada=admin')).toBe(true);
  });

  it('treats regex characters literally', () => {
    expect(compileWildcards(['a.b:(x)']).matches('a.b:(x)')).toBe(true);
    expect(compileWildcards(['a.b:(x)']).matches('axb:(x)')).toBe(false);
    expect(compileWildcards([]).matches('anything:at all')).toBe(false);
  });

  it('stays fast on a pathological pattern and a long command line', () => {
    const started = performance.now();
    expect(compileWildcards(['host-exec:*a*a*a*a*a*c']).matches(`host-exec:${'a'.repeat(4000)}`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
