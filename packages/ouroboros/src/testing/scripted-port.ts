import { err, ok, ResultAsync, type Result } from 'neverthrow';
import type { LlmPort, LlmPortError, LlmReply, LlmRequest } from '../port/llm-port.js';

/**
 * One scripted answer: a reply, a port failure, or a function of the request (which may return a
 * promise that never settles, to test cancellation).
 */
export type ScriptedStep =
  | LlmReply
  | { readonly fail: LlmPortError }
  | ((request: LlmRequest) => Result<LlmReply, LlmPortError> | Promise<Result<LlmReply, LlmPortError>>);

/** An in-memory {@link LlmPort} that answers from a script, first in first out, and records requests. */
export interface ScriptedPort extends LlmPort {
  /** Every request received, in order. */
  readonly requests: readonly LlmRequest[];
  /** Steps not yet consumed. */
  readonly pending: number;
  /** Appends steps to the script. */
  push(...steps: ScriptedStep[]): void;
}

/** A reply holding `value` as JSON text, as a JSON-mode adapter would return it. */
export function jsonText(value: unknown): LlmReply {
  return { kind: 'text', text: JSON.stringify(value) };
}

/** A reply holding `value` already parsed, as a tool-call adapter would return it. */
export function jsonValue(value: unknown): LlmReply {
  return { kind: 'json', value };
}

/**
 * Creates a scripted port. When the script runs out, the port fails with
 * `no scripted reply left for <operation>`.
 */
export function createScriptedPort(steps: readonly ScriptedStep[] = []): ScriptedPort {
  const script = [...steps];
  const requests: LlmRequest[] = [];
  return {
    get requests() {
      return requests;
    },
    get pending() {
      return script.length;
    },
    push(...more) {
      script.push(...more);
    },
    complete(request) {
      requests.push(request);
      const step = script.shift();
      if (step === undefined) {
        return new ResultAsync(Promise.resolve(err({ message: `no scripted reply left for ${request.operation}` })));
      }
      if (typeof step === 'function') return new ResultAsync(Promise.resolve(step(request)));
      if ('fail' in step) return new ResultAsync(Promise.resolve(err(step.fail)));
      return new ResultAsync(Promise.resolve(ok(step)));
    },
  };
}
