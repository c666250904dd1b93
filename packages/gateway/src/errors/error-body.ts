import { z } from 'zod';
import { JsonValueSchema } from '../messages/json-value.js';
import type { GatewayError } from './gateway-error.js';
import { GATEWAY_ERROR_CODES } from './is-gateway-error.js';

/**
 * A GatewayError as it travels in an outgoing message or an HTTP body:
 * `{ code, message, details? }`, with no stack traces and no wrapped foreign errors.
 */
export const ErrorBodySchema = z.object({
  code: z.enum(GATEWAY_ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), JsonValueSchema).optional(),
});

/** A GatewayError in wire form. */
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Converts an error to its wire form; `channel-failed` loses its `cause`, which stays in logs. */
export function toErrorBody(error: GatewayError): ErrorBody {
  switch (error.code) {
    case 'overloaded': {
      const details = { scope: error.scope, limit: error.limit };
      const body = error.sessionId === undefined ? details : { ...details, sessionId: error.sessionId };
      return { code: error.code, message: error.message, details: body };
    }
    case 'timeout':
      return {
        code: error.code,
        message: error.message,
        details: { requestId: error.requestId, timeoutMs: error.timeoutMs },
      };
    case 'aborted':
    case 'duplicate-request':
      return { code: error.code, message: error.message, details: { requestId: error.requestId } };
    case 'stopped':
      return { code: error.code, message: error.message };
    case 'channel-not-found':
    case 'channel-exists':
      return { code: error.code, message: error.message, details: { channel: error.channel } };
    case 'channel-failed':
      return {
        code: error.code,
        message: error.message,
        details: { channel: error.channel, operation: error.operation },
      };
    case 'handler-failed':
      return {
        code: error.code,
        message: error.message,
        details: { requestId: error.requestId, cause: { code: error.cause.code, message: error.cause.message } },
      };
    case 'invalid-message':
      return {
        code: error.code,
        message: error.message,
        details: { issues: error.issues.map((issue) => ({ path: issue.path, message: issue.message })) },
      };
  }
}

/**
 * Rebuilds a GatewayError from a body made by {@link toErrorBody} in this process (a channel that
 * correlates replies uses it). The fields come back exactly; only `channel-failed` lacks `cause`.
 */
export function fromErrorBody(body: ErrorBody): GatewayError {
  // toErrorBody writes each variant's own fields under `details`, so spreading them back yields
  // that variant; the round-trip test over every code keeps the two functions in step.
  return { ...body.details, code: body.code, message: body.message } as GatewayError;
}
