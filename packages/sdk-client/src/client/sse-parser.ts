/** One server-sent event. */
export interface ServerSentEvent {
  /** The `id:` field; sent back as `Last-Event-ID` when reconnecting. */
  readonly id?: string;
  /** The `event:` field; `message` when absent. */
  readonly event: string;
  readonly data: string;
  /** A `retry:` the server asked for, in milliseconds. */
  readonly retry?: number;
}

/**
 * An incremental parser for `text/event-stream` (WHATWG HTML §9.2): feed it decoded text
 * chunks, it returns the events they complete. Comments (`:` lines, e.g. heartbeats) are skipped.
 */
export function createSseParser(): (chunk: string) => ServerSentEvent[] {
  let buffer = '';
  let data: string[] = [];
  let event = '';
  let id: string | undefined;
  let retry: number | undefined;
  return (chunk) => {
    buffer += chunk;
    const events: ServerSentEvent[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(buffer);
      // A lone trailing \r may be the first half of \r\n: wait for more input.
      if (!match || (match[0] === '\r' && match.index === buffer.length - 1)) break;
      const line = buffer.slice(0, match.index);
      buffer = buffer.slice(match.index + match[0].length);
      if (line === '') {
        if (data.length > 0) {
          events.push({
            event: event || 'message',
            data: data.join('\n'),
            ...(id === undefined ? {} : { id }),
            ...(retry === undefined ? {} : { retry }),
          });
        }
        data = [];
        event = '';
        retry = undefined;
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') data.push(value);
      else if (field === 'event') event = value;
      else if (field === 'id' && !value.includes('\0')) id = value;
      else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value);
    }
    return events;
  };
}
