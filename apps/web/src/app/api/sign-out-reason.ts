import type { ClientError } from '@oxios/sdk-client';

/** Why the server refused the session (`details.reason` of a 401), when it said. */
export function unauthenticatedReason(details: unknown): string | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const reason = (details as { reason?: unknown }).reason;
  return typeof reason === 'string' ? reason : undefined;
}

const MESSAGES: Readonly<Record<string, string>> = {
  revoked: 'Your token was revoked. Log in with another token.',
  expired: 'Your token expired. Log in with a current token.',
  unknown: 'Your session ended (the server restarted, or you logged out elsewhere). Please log in again.',
  malformed: 'The server could not read the credentials. Please log in again.',
};

/** The login screen's explanation for a server-side reason; undefined when none is needed. */
export function signOutMessage(reason: string | undefined): string | undefined {
  return reason === undefined ? undefined : MESSAGES[reason];
}

/** Whether a failed call means the session is gone (then the app returns to the login screen). */
export function isUnauthenticated(error: ClientError): boolean {
  return error.code === 'http' && error.status === 401;
}
