import { err, ok, type Result } from 'neverthrow';
import { invalidMessage } from '../errors/constructors.js';
import type { InvalidMessageError } from '../errors/gateway-error.js';
import { IncomingMessageSchema, type IncomingMessage } from './incoming-message.js';

/**
 * Validates a message that arrived from outside the process (HTTP body, socket frame, another
 * agent). Every problem is reported with the dotted path of its field.
 */
export function parseIncomingMessage(input: unknown): Result<IncomingMessage, InvalidMessageError> {
  const parsed = IncomingMessageSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(
    invalidMessage(
      parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    ),
  );
}
