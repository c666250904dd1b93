import type { ClientError } from '@oxios/sdk-client';
import type { ResultAsync } from 'neverthrow';
import { useState } from 'preact/hooks';
import { describeError } from './describe-error.js';

/** One user action at a time: whether it runs, and the server's error if it failed. */
export interface Action {
  readonly busy: boolean;
  readonly error: string | undefined;
  /** Runs `call`; on success `onOk` gets its value, on failure the error is kept (prefixed with `what`). */
  readonly run: <T>(what: string, call: ResultAsync<T, ClientError>, onOk: (value: T) => void) => void;
  readonly clear: () => void;
}

/** State for buttons and forms that call the server: busy while running, the failure in words after. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return {
    busy,
    error,
    clear: () => {
      setError(undefined);
    },
    run: (what, call, onOk) => {
      setBusy(true);
      setError(undefined);
      void call.match(
        (value) => {
          setBusy(false);
          onOk(value);
        },
        (failure) => {
          setBusy(false);
          setError(`${what}: ${describeError(failure)}`);
        },
      );
    },
  };
}
