import type {
  AbortedError,
  ChannelExistsError,
  ChannelFailedError,
  ChannelNotFoundError,
  ChannelOperation,
  DuplicateRequestError,
  HandlerError,
  HandlerFailedError,
  InvalidMessageError,
  MessageIssue,
  OverloadedError,
  OverloadScope,
  StoppedError,
  TimeoutError,
} from './gateway-error.js';

/** Builds an `overloaded` error; pass `sessionId` for scope `session`. */
export function overloaded(scope: OverloadScope, limit: number, sessionId?: string): OverloadedError {
  const what = scope === 'session' ? `session "${sessionId ?? ''}" queue` : `${scope} queue`;
  const message = `${what} is full (limit ${limit}); retry later`;
  return sessionId === undefined
    ? { code: 'overloaded', scope, limit, message }
    : { code: 'overloaded', scope, limit, sessionId, message };
}

/** Builds a `timeout` error. */
export function timedOut(requestId: string, timeoutMs: number): TimeoutError {
  return { code: 'timeout', requestId, timeoutMs, message: `request ${requestId} timed out after ${timeoutMs} ms` };
}

/** Builds an `aborted` error. */
export function aborted(requestId: string): AbortedError {
  return { code: 'aborted', requestId, message: `request ${requestId} was aborted` };
}

/** Builds a `stopped` error; `what` names the stopped component. */
export function stopped(what = 'gateway'): StoppedError {
  return { code: 'stopped', message: `${what} is stopped` };
}

/** Builds a `channel-not-found` error. */
export function channelNotFound(channel: string): ChannelNotFoundError {
  return { code: 'channel-not-found', channel, message: `channel "${channel}" is not registered` };
}

/** Builds a `channel-exists` error. */
export function channelExists(channel: string): ChannelExistsError {
  return { code: 'channel-exists', channel, message: `channel "${channel}" is already registered` };
}

/** Builds a `channel-failed` error wrapping the underlying error. */
export function channelFailed(channel: string, operation: ChannelOperation, cause?: unknown): ChannelFailedError {
  const reason = cause instanceof Error ? `: ${cause.message}` : '';
  const message = `channel "${channel}" failed to ${operation}${reason}`;
  return cause === undefined
    ? { code: 'channel-failed', channel, operation, message }
    : { code: 'channel-failed', channel, operation, cause, message };
}

/** Builds a `handler-failed` error keeping only the handler error's `code` and `message`. */
export function handlerFailed(requestId: string, cause: HandlerError): HandlerFailedError {
  return {
    code: 'handler-failed',
    requestId,
    cause: { code: cause.code, message: cause.message },
    message: `handler failed: ${cause.message}`,
  };
}

/** Builds an `invalid-message` error; the message lists every issue as `path: problem`. */
export function invalidMessage(issues: readonly MessageIssue[]): InvalidMessageError {
  const lines = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  return { code: 'invalid-message', issues, message: `invalid message: ${lines.join('; ')}` };
}

/** Builds a `duplicate-request` error. */
export function duplicateRequest(requestId: string): DuplicateRequestError {
  return { code: 'duplicate-request', requestId, message: `request ${requestId} is already queued or in flight` };
}
