/** Why a client call failed. Match on `code`. */
export type ClientError =
  | {
      /** The server answered with an error status and the standard error body. */
      readonly code: 'http';
      readonly status: number;
      /** The server's error code, e.g. `unauthenticated`, `not-found`, `rate-limited`. */
      readonly errorCode: string;
      readonly message: string;
      readonly details?: unknown;
      /** Seconds to wait, from `Retry-After`, on 429/503. */
      readonly retryAfterSeconds?: number;
    }
  | { readonly code: 'network'; readonly message: string; readonly cause: unknown }
  | { readonly code: 'timeout'; readonly message: string; readonly timeoutMs: number }
  | { readonly code: 'aborted'; readonly message: string }
  | { readonly code: 'invalid-response'; readonly message: string; readonly status: number };
