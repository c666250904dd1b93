import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';
import { createSessionRepository, type SessionRepository } from './session-repository.js';

describe('SessionRepository', () => {
  let home: TempHome;
  let store: Store;
  let sessions: SessionRepository;
  let clock = 1_000;
  beforeEach(async () => {
    home = await createTempHome();
    store = openStore({ home: home.path })._unsafeUnwrap();
    clock = 1_000;
    sessions = createSessionRepository(store, () => (clock += 1));
  });
  afterEach(async () => {
    store.close();
    await home.remove();
  });

  it('creates, reads and updates a session', () => {
    const created = sessions.create({ userId: 'ann', title: 'first' })._unsafeUnwrap();
    expect(created).toMatchObject({
      userId: 'ann',
      title: 'first',
      phase: 'interview',
      status: 'active',
      metadata: {},
    });
    const updated = sessions.update(created.id, { phase: 'execute', metadata: { forced: true } })._unsafeUnwrap();
    expect(sessions.get(created.id)._unsafeUnwrap()).toEqual(updated);
    expect(updated.updatedAt).toBeGreaterThan(created.updatedAt);
  });

  it('rejects ids that could name a path', () => {
    for (const id of ['../x', 'a/b', '..', '', 'a'.repeat(65), 'x%2F..']) {
      expect(sessions.create({ userId: 'ann', id })._unsafeUnwrapErr()).toMatchObject({
        code: 'invalid-argument',
        field: 'sessionId',
      });
    }
  });

  it('returns not-found for a missing session and a duplicate id is a store error', () => {
    expect(sessions.get('nope')._unsafeUnwrapErr()).toMatchObject({
      code: 'not-found',
      resource: 'session',
      id: 'nope',
    });
    sessions.create({ userId: 'ann', id: 'dup' })._unsafeUnwrap();
    expect(sessions.create({ userId: 'ann', id: 'dup' })._unsafeUnwrapErr()).toMatchObject({ code: 'store' });
  });

  it('appends messages in order and lists them after a sequence number', () => {
    const { id } = sessions.create({ userId: 'ann' })._unsafeUnwrap();
    for (const content of ['one', 'two', 'three'])
      sessions.appendMessage(id, { role: 'user', content })._unsafeUnwrap();
    expect(
      sessions
        .messages(id)
        ._unsafeUnwrap()
        .map((message) => [message.seq, message.content]),
    ).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
    ]);
    expect(
      sessions
        .messages(id, { afterSeq: 2 })
        ._unsafeUnwrap()
        .map((message) => message.content),
    ).toEqual(['three']);
    expect(sessions.appendMessage('missing', { role: 'user', content: 'x' })._unsafeUnwrapErr()).toMatchObject({
      code: 'not-found',
    });
  });

  it('pages sessions newest first with an opaque cursor, filtered by user', () => {
    for (let index = 0; index < 5; index += 1) sessions.create({ userId: 'ann', id: `s${index}` })._unsafeUnwrap();
    sessions.create({ userId: 'bob', id: 'bob-1' })._unsafeUnwrap();
    const first = sessions.list({ userId: 'ann', limit: 2 })._unsafeUnwrap();
    expect(first.items.map((session) => session.id)).toEqual(['s4', 's3']);
    const second = sessions.list({ userId: 'ann', limit: 2, cursor: first.nextCursor ?? '' })._unsafeUnwrap();
    expect(second.items.map((session) => session.id)).toEqual(['s2', 's1']);
    const third = sessions.list({ userId: 'ann', limit: 2, cursor: second.nextCursor ?? '' })._unsafeUnwrap();
    expect(third.items.map((session) => session.id)).toEqual(['s0']);
    expect(third.nextCursor).toBeUndefined();
    expect(sessions.list({ cursor: 'garbage' })._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-argument',
      field: 'cursor',
    });
    expect(sessions.list({ limit: 0 })._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument', field: 'limit' });
  });

  it('deletes a session together with its messages', () => {
    const { id } = sessions.create({ userId: 'ann' })._unsafeUnwrap();
    sessions.appendMessage(id, { role: 'user', content: 'hi' })._unsafeUnwrap();
    sessions.remove(id)._unsafeUnwrap();
    expect(store.database.prepare('SELECT COUNT(*) AS n FROM messages').get()).toEqual({ n: 0 });
    expect(sessions.remove(id)._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
  });
});
