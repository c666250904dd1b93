import { describe, expect, it } from 'vitest';
import { A2aSendArgumentsSchema } from './a2a-send-arguments.js';
import { toA2aMessage } from './to-a2a-message.js';

const parse = (args: unknown) => A2aSendArgumentsSchema.parse(args);

describe('toA2aMessage', () => {
  it('builds each message type from the flat arguments', () => {
    expect(
      toA2aMessage(
        parse({ to: 'orchestrator', type: 'delegate-task', task_id: 't', description: 'do it' }),
      )._unsafeUnwrap(),
    ).toEqual({ type: 'delegate-task', taskId: 't', description: 'do it', priority: 'normal' });
    expect(
      toA2aMessage(parse({ to: 'a', type: 'share-result', task_id: 't', text: 'done', ok: false }))._unsafeUnwrap(),
    ).toEqual({ type: 'share-result', taskId: 't', ok: false, summary: 'done' });
    expect(toA2aMessage(parse({ to: 'orchestrator', type: 'capability-query' }))._unsafeUnwrap()).toEqual({
      type: 'capability-query',
      query: '',
      requiredCapabilities: [],
    });
    expect(
      toA2aMessage(parse({ to: 'orchestrator', type: 'handshake', name: 'r', capabilities: ['s'] }))._unsafeUnwrap(),
    ).toEqual({ type: 'handshake', name: 'r', capabilities: ['s'] });
  });

  it('names the field a type is missing', () => {
    expect(
      toA2aMessage(parse({ to: 'orchestrator', type: 'delegate-task', task_id: 't' }))._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invalid-argument',
      field: 'description',
    });
    expect(toA2aMessage(parse({ to: 'a', type: 'status-update', task_id: 't' }))._unsafeUnwrapErr()).toMatchObject({
      field: 'progress',
    });
  });

  it('rejects unknown fields and out-of-range values at the schema', () => {
    expect(A2aSendArgumentsSchema.safeParse({ to: 'a', type: 'handshake', name: 'r', from: 'x' }).success).toBe(false);
    expect(A2aSendArgumentsSchema.safeParse({ to: 'a', type: 'status-update', progress: 101 }).success).toBe(false);
  });
});
