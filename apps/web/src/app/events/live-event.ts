import type { ServerSentEvent } from '@oxios/sdk-client';

/** A kernel event as the dashboard keeps it: the bus id and time, its type, and its fields. */
export interface LiveEvent {
  /** The bus's sequence id (also the SSE id). */
  readonly id: number | undefined;
  readonly type: string;
  /** Epoch milliseconds of publication. */
  readonly at: number | undefined;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Parses one server-sent event; undefined for data that is not a JSON object. */
export function parseLiveEvent(message: ServerSentEvent): LiveEvent | undefined {
  let data: unknown;
  try {
    data = JSON.parse(message.data);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { id, at, type, ...fields } = data as Record<string, unknown>;
  const numericId = typeof id === 'number' ? id : message.id === undefined ? undefined : Number(message.id);
  return {
    id: Number.isFinite(numericId) ? numericId : undefined,
    type: typeof type === 'string' ? type : message.event,
    at: typeof at === 'number' ? at : undefined,
    fields,
  };
}

/** A string field of the event, if it has one. */
export function textField(event: LiveEvent, name: string): string | undefined {
  const value = event.fields[name];
  return typeof value === 'string' ? value : undefined;
}

/** The session an event is about, if any. */
export function sessionIdOf(event: LiveEvent): string | undefined {
  return textField(event, 'sessionId');
}
