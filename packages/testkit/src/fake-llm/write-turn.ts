import type { ServerResponse } from 'node:http';
import { pause, untilAborted } from './pause.js';
import type { TurnPlan } from './plan-turn.js';
import type { SseFrame, WireProtocol } from './protocols/wire-protocol.js';
import type { FakeLlmTurn } from './types.js';

/** Index of the frame a fault replaces: after `afterChunks` deltas, never past the stop-reason frame. */
function faultPosition(frames: readonly SseFrame[], afterChunks: number): number {
  if (afterChunks === 0) return 0;
  let seen = 0;
  for (const [index, frame] of frames.entries()) {
    if (frame.kind === 'end') return index;
    if (frame.kind === 'delta' && ++seen === afterChunks) return index + 1;
  }
  return frames.length;
}

/** Writes and waits until the bytes are handed to the socket (or the client is gone). */
function write(response: ServerResponse, text: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    response.write(text, done);
  });
}

/**
 * Streams one scripted turn as `protocol` frames: delay, headers, content chunks with their pacing,
 * and the injected fault, if any. Stops early, without error, when `signal` aborts (the client left
 * or the server is closing).
 */
export async function writeTurn(
  response: ServerResponse,
  protocol: WireProtocol,
  turn: FakeLlmTurn,
  plan: TurnPlan,
  signal: AbortSignal,
): Promise<void> {
  const stopped = () => signal.aborted;
  await pause(turn.delayMs ?? 0, signal);
  if (stopped()) return;
  const fault = turn.fault;
  if (fault?.kind === 'reset') {
    response.socket?.destroy();
    return;
  }
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  response.flushHeaders();
  const frames = protocol.turnFrames(plan);
  const faultAt = fault === undefined ? -1 : faultPosition(frames, fault.afterChunks ?? 0);
  let chunksWritten = 0;
  for (const [index, frame] of [...frames, undefined].entries()) {
    if (stopped()) return;
    if (index === faultAt && fault !== undefined) {
      switch (fault.kind) {
        case 'cut':
          response.destroy();
          return;
        case 'stall':
          await untilAborted(signal);
          return;
        case 'malformed':
          await write(response, protocol.malformedFrame(plan), signal);
          break;
        case 'error-event':
          await write(
            response,
            protocol.errorEventFrame(plan, fault.message ?? 'fake-llm: scripted stream error'),
            signal,
          );
          break;
      }
      response.end();
      return;
    }
    if (frame === undefined) break;
    if (frame.kind === 'delta' && chunksWritten > 0) await pause(turn.chunkDelayMs ?? 0, signal);
    await write(response, frame.text, signal);
    if (frame.kind === 'delta') chunksWritten += 1;
  }
  response.end();
}
