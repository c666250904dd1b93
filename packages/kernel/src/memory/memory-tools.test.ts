import { describe, expect, it } from 'vitest';
import { createMemoryFixture } from './memory-test-fixture.js';
import { createMemoryTools } from './memory-tools.js';

describe('the memory tools', () => {
  it('write, search and read notes for the calling user with validated arguments', async () => {
    await using f = await createMemoryFixture();
    const [write, search, read] = createMemoryTools(f.memory);
    expect([write?.name, search?.name, read?.name]).toEqual(['memory_write', 'memory_search', 'memory_read']);
    expect(search?.parameters).toMatchObject({ type: 'object', required: ['query'], additionalProperties: false });
    const context = { userId: 'ann', sessionId: 's1' };
    const written = write!
      .execute(context, { kind: 'fact', title: 'Tabs', content: 'Ann prefers tabs' })
      ._unsafeUnwrap() as { id: string };
    expect(search!.execute(context, { query: 'tabs "OR' })._unsafeUnwrap()).toEqual([]);
    expect(search!.execute(context, { query: 'prefers tabs' })._unsafeUnwrap()).toEqual([
      expect.objectContaining({ id: written.id, title: 'Tabs' }),
    ]);
    expect(read!.execute(context, { id: written.id })._unsafeUnwrap()).toMatchObject({ content: 'Ann prefers tabs' });
    expect(f.memory.read('ann', written.id)._unsafeUnwrap().sessionId).toBe('s1');
    expect(read!.execute({ userId: 'bob' }, { id: written.id })._unsafeUnwrapErr()).toMatchObject({
      code: 'not-found',
    });
    for (const args of [{ id: '../x' }, {}, { id: 'a', extra: true }, null]) {
      expect(read!.execute(context, args)._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument' });
    }
    expect(write!.execute(context, { kind: 'secret', title: 't', content: 'c' })._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-argument',
    });
  });
});
