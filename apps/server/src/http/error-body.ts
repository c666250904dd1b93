import type { KernelError } from '@oxios/kernel';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { STATUS_BY_CODE } from './status-table.js';

/** The body of every error response: a code to match on, a message for people, optional details. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details?: unknown };
}

// Fields that stay server-side: the wrapped cause may carry stack traces, paths and secrets.
const PRIVATE_FIELDS = new Set(['code', 'message', 'cause']);

/** Builds the JSON error response for a KernelError with its status from the table. */
export function kernelErrorResponse(context: Context, error: KernelError): Response {
  const details = Object.fromEntries(Object.entries(error).filter(([key]) => !PRIVATE_FIELDS.has(key)));
  const body: ErrorBody = {
    error: { code: error.code, message: error.message, ...(Object.keys(details).length > 0 ? { details } : {}) },
  };
  return context.json(body, STATUS_BY_CODE[error.code]);
}

/** Builds a JSON error response for an HTTP-level failure that is not a kernel error. */
export function errorResponse(context: Context, status: ContentfulStatusCode, code: string, message: string): Response {
  const body: ErrorBody = { error: { code, message } };
  return context.json(body, status);
}
