import type { Context } from 'hono';
import { errorResponse } from './error-body.js';

/** 429 with `Retry-After` and the standard error body. */
export function rateLimited(context: Context, retryAfterSeconds: number, message = 'too many requests'): Response {
  context.header('Retry-After', String(retryAfterSeconds));
  return errorResponse(context, 429, 'rate-limited', `${message}; retry after ${retryAfterSeconds} s`);
}
