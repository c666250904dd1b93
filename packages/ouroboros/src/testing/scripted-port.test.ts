import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { createScriptedPort, jsonText, jsonValue } from './scripted-port.js';

const request = {
  operation: 'wonder' as const,
  system: '',
  messages: [],
  temperature: 0,
  schemaName: 's',
  jsonSchema: {},
  signal: new AbortController().signal,
};

describe('createScriptedPort', () => {
  it('answers in order, records requests and fails when the script runs out', async () => {
    const port = createScriptedPort([jsonText({ a: 1 }), { fail: { message: 'boom' } }]);
    port.push(() => ok(jsonValue(3)));
    expect(port.pending).toBe(3);
    expect((await port.complete(request))._unsafeUnwrap()).toEqual({ kind: 'text', text: '{"a":1}' });
    expect((await port.complete(request))._unsafeUnwrapErr()).toEqual({ message: 'boom' });
    expect((await port.complete(request))._unsafeUnwrap()).toEqual({ kind: 'json', value: 3 });
    expect((await port.complete(request))._unsafeUnwrapErr()).toEqual({ message: 'no scripted reply left for wonder' });
    expect(port.requests).toHaveLength(4);
  });
});
