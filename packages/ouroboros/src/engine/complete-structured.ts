import { err, ok, ResultAsync, type Result } from 'neverthrow';
import { z } from 'zod';
import { abortedError, llmFailed, llmReplyInvalid, timeoutError } from '../errors/constructors.js';
import type { OuroborosError, OuroborosOperation } from '../errors/ouroboros-error.js';
import type { JsonSchema, LlmMessage, LlmPortError, LlmReply } from '../port/llm-port.js';
import type { EngineContext } from './engine-context.js';
import { parseReply } from './parse-reply.js';
import { replyText } from './reply-text.js';
import { ABORTED, raceAbort } from './race-abort.js';

/** One structured call: the prompt, the reply schema and the domain checks on a parsed reply. */
export interface StructuredCall<S extends z.ZodType, T> {
  readonly operation: OuroborosOperation;
  readonly system: string;
  readonly messages: readonly LlmMessage[];
  readonly temperature: number;
  readonly schemaName: string;
  readonly schema: S;
  /** Checks beyond the schema; returned issues are sent back to the model like schema issues. */
  readonly accept: (value: z.output<S>) => Result<T, readonly string[]>;
  readonly signal?: AbortSignal | undefined;
}

const ATTEMPTS = 2;

function validate<S extends z.ZodType, T>(call: StructuredCall<S, T>, reply: LlmReply): Result<T, readonly string[]> {
  return parseReply(reply).andThen((value) => {
    const parsed = call.schema.safeParse(value);
    if (parsed.success) return call.accept(parsed.data);
    return err(parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`));
  });
}

function repairRequest(schemaName: string, issues: readonly string[]): string {
  const list = issues.map((issue) => `- ${issue}`).join('\n');
  return `Your reply is not valid for "${schemaName}":\n${list}\nReply again with only the corrected JSON value.`;
}

async function ask(
  context: EngineContext,
  call: StructuredCall<z.ZodType, unknown>,
  messages: readonly LlmMessage[],
  jsonSchema: JsonSchema,
  signal: AbortSignal,
): Promise<Result<LlmReply, LlmPortError | typeof ABORTED>> {
  try {
    const request = { operation: call.operation, system: call.system, messages, temperature: call.temperature };
    const pending = context.port.complete({ ...request, schemaName: call.schemaName, jsonSchema, signal });
    const settled = await raceAbort(pending, signal);
    return settled === ABORTED || signal.aborted ? err(ABORTED) : settled;
  } catch (error) {
    // A port must return failures as values; one that throws is wrapped, not trusted.
    return err({ message: error instanceof Error ? error.message : String(error), cause: error });
  }
}

async function run<S extends z.ZodType, T>(
  context: EngineContext,
  call: StructuredCall<S, T>,
): Promise<Result<T, OuroborosError>> {
  const timeout = AbortSignal.timeout(context.timeoutMs);
  const signal = call.signal === undefined ? timeout : AbortSignal.any([call.signal, timeout]);
  const stopped = (): OuroborosError =>
    call.signal?.aborted === true ? abortedError(call.operation) : timeoutError(call.operation, context.timeoutMs);
  const jsonSchema = z.toJSONSchema(call.schema) as JsonSchema;
  const logger = context.logger.child({ component: 'ouroboros-engine', operation: call.operation });
  let messages = call.messages;
  let issues: readonly string[] = [];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    if (signal.aborted) return err(stopped());
    const reply = await ask(context, call, messages, jsonSchema, signal);
    if (reply.isErr()) return err(reply.error === ABORTED ? stopped() : llmFailed(call.operation, reply.error));
    const checked = validate(call, reply.value);
    if (checked.isOk()) return ok(checked.value);
    issues = checked.error;
    logger.warn({ attempt, issues }, 'LLM reply invalid');
    messages = [
      ...messages,
      { role: 'assistant', content: replyText(reply.value) },
      { role: 'user', content: repairRequest(call.schemaName, issues) },
    ];
  }
  return err(llmReplyInvalid(call.operation, call.schemaName, issues, ATTEMPTS));
}

/**
 * Asks the port for one JSON reply and validates it with zod plus `accept`. An invalid reply gets
 * exactly one repair attempt (the validation errors are sent back); a second invalid reply is an
 * `llm-reply-invalid` error. Port failures become `llm-failed`; cancellation `aborted`; the time
 * limit `timeout`. Never falls back to a made-up value.
 */
export function completeStructured<S extends z.ZodType, T>(
  context: EngineContext,
  call: StructuredCall<S, T>,
): ResultAsync<T, OuroborosError> {
  return new ResultAsync(run(context, call));
}
