import type { Api, AssistantMessage, Context, Message, Model, ToolCall } from '@earendil-works/pi-ai';
import { errAsync, okAsync, type Result, type ResultAsync } from 'neverthrow';
import { invalidArgument, llmReplyInvalid } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { parseJsonReply } from './parse-json-reply.js';
import { toPiMessages } from './to-pi-messages.js';
import type { LlmRequestOptions, StructuredCompletion, StructuredCompletionRequest } from './types.js';
import { addUsage, emptyUsage } from './usage-math.js';

/** One engine request with an optional provider-specific `toolChoice`. */
export type StructuredRequester = (
  model: Model<Api>,
  context: Context,
  options: LlmRequestOptions & { readonly toolChoice?: unknown },
) => ResultAsync<AssistantMessage, KernelError>;

const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/** The `tool_choice` that forces a call of `name`, in each wire protocol's own shape. */
export function forcedToolChoice(api: Api, name: string): unknown {
  if (api === 'anthropic-messages') return { type: 'tool', name };
  if (api === 'openai-completions') return { type: 'function', function: { name } };
  if (api === 'openai-responses') return { type: 'function', name };
  return undefined;
}

type Reading<T> =
  | { readonly valid: true; readonly value: T }
  | { readonly valid: false; readonly issues: readonly string[]; readonly call?: ToolCall };

function read<T>(message: AssistantMessage, request: StructuredCompletionRequest<T>): Reading<T> {
  const call = message.content.find(
    (block): block is ToolCall => block.type === 'toolCall' && block.name === request.schemaName,
  );
  let raw: unknown;
  if (call) {
    if (call.argumentsError !== undefined) {
      return { valid: false, issues: [`the arguments are not JSON: ${call.argumentsError}`], call };
    }
    raw = call.arguments;
  } else {
    const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    const parsed = parseJsonReply(text);
    if (parsed === undefined)
      return { valid: false, issues: [`the reply did not call the tool "${request.schemaName}"`] };
    raw = parsed;
  }
  const checked = request.schema.safeParse(raw);
  if (checked.success) return { valid: true, value: checked.data };
  const issues = checked.error.issues.map(
    (issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
  );
  return call ? { valid: false, issues, call } : { valid: false, issues };
}

function repairMessages(
  message: AssistantMessage,
  reading: { readonly issues: readonly string[]; readonly call?: ToolCall },
  name: string,
): Message[] {
  const text = `That reply is invalid: ${reading.issues.join('; ')}. Call the tool "${name}" again with corrected arguments.`;
  if (reading.call) {
    return [
      message,
      {
        role: 'toolResult',
        toolCallId: reading.call.id,
        toolName: name,
        content: [{ type: 'text', text }],
        isError: true,
        timestamp: Date.now(),
      },
    ];
  }
  return [message, { role: 'user', content: text, timestamp: Date.now() }];
}

/**
 * A structured completion: the reply's JSON Schema becomes the parameters of a tool the model is
 * forced to call (pi-ai 1.5 has no response_format); the arguments — or, from a model that answers
 * in text anyway, the JSON in its text — are validated with the caller's zod schema. An invalid
 * reply is sent back with its problems up to `repairAttempts` times, then `llm-reply-invalid`.
 */
export function completeStructured<T>(
  resolve: (reference?: string) => Result<Model<Api>, KernelError>,
  requester: StructuredRequester,
  request: StructuredCompletionRequest<T>,
): ResultAsync<StructuredCompletion<T>, KernelError> {
  if (!TOOL_NAME.test(request.schemaName)) {
    return errAsync(invalidArgument('schemaName', 'must be 1–64 letters, digits, "_" or "-"'));
  }
  return resolve(request.model).asyncAndThen((model) => {
    const tool = {
      name: request.schemaName,
      description: request.description ?? `Report the ${request.schemaName} result. Call this tool exactly once.`,
      parameters: { ...request.jsonSchema },
    };
    const system = `${request.system}\n\nReply only by calling the tool "${request.schemaName}" with your answer as its arguments.`;
    const toolChoice = forcedToolChoice(model.api, request.schemaName);
    const messages = toPiMessages(request.messages, model);
    const attempts = 1 + Math.max(0, request.repairAttempts ?? 1);
    let usage = emptyUsage();
    const attempt = (index: number): ResultAsync<StructuredCompletion<T>, KernelError> =>
      requester(model, { systemPrompt: system, messages, tools: [tool] }, { ...request, toolChoice }).andThen(
        (message) => {
          usage = addUsage(usage, message.usage);
          const reading = read(message, request);
          if (reading.valid) {
            return okAsync({ value: reading.value, provider: model.provider, model: model.id, usage });
          }
          if (index + 1 >= attempts) return errAsync(llmReplyInvalid(model.provider, model.id, reading.issues));
          messages.push(...repairMessages(message, reading, request.schemaName));
          return attempt(index + 1);
        },
      );
    return attempt(0);
  });
}
