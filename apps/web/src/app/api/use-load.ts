import type { ClientError } from '@oxios/sdk-client';
import type { ResultAsync } from 'neverthrow';
import { useCallback, useEffect, useState } from 'preact/hooks';

/** Where a load stands. `refreshing` keeps the previous data on screen during a reload. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly data: T; readonly refreshing: boolean }
  | { readonly status: 'error'; readonly error: ClientError };

/** A load's state and a way to run it again. */
export interface Load<T> {
  readonly state: LoadState<T>;
  readonly reload: () => void;
}

/**
 * Runs `load` when `keys` change (and on `reload()`), aborting the previous run. A reload keeps
 * showing the data it already has until the new answer arrives.
 */
export function useLoad<T>(
  load: (signal: AbortSignal) => ResultAsync<T, ClientError>,
  keys: readonly unknown[],
): Load<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => (previous.status === 'ok' ? { ...previous, refreshing: true } : { status: 'loading' }));
    void load(controller.signal).match(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ok', data, refreshing: false });
      },
      (error) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => {
      controller.abort();
    };
    // `load` is a fresh closure every render; `keys` says when it means something new.
  }, [...keys, generation]);
  const reload = useCallback(() => {
    setGeneration((value) => value + 1);
  }, []);
  return { state, reload };
}
