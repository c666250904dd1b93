import type { LlmPort, LlmReply } from '@oxios/ouroboros';
import { z } from 'zod';
import type { LlmEngine } from '../runtime/llm/types.js';

/** Options for {@link createOuroborosPort}. */
export interface OuroborosPortOptions {
  /** `<provider>/<model>`; default the engine's default model. */
  readonly model?: string;
  /** Usage of protocol requests is recorded against this session. */
  readonly sessionId?: string;
}

/**
 * The Ouroboros engine's LLM port over the kernel's LLM engine: every protocol request is one
 * structured completion through a forced tool call (pi-ai has no JSON mode), with the engine's
 * retries, timeouts and circuit breaker. The ouroboros engine validates the reply and asks for
 * one repair itself, so the port only insists on parseable JSON.
 */
export function createOuroborosPort(llm: LlmEngine, options: OuroborosPortOptions = {}): LlmPort {
  return {
    complete: (request) =>
      llm
        .completeStructured({
          ...(options.model === undefined ? {} : { model: options.model }),
          ...(options.sessionId === undefined ? {} : { sessionId: options.sessionId }),
          system: request.system,
          messages: request.messages,
          schemaName: request.schemaName,
          description: `Reply for the "${request.operation}" step of the Ouroboros protocol.`,
          jsonSchema: request.jsonSchema,
          schema: z.unknown(),
          temperature: request.temperature,
          signal: request.signal,
        })
        .map((completion): LlmReply => ({ kind: 'json', value: completion.value }))
        .mapErr((error) => ({ message: `${error.code}: ${error.message}`, cause: error })),
  };
}
