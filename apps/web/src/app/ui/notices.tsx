import type { ClientError } from '@oxios/sdk-client';
import type { ComponentChildren } from 'preact';
import { describeError } from '../api/describe-error.js';

/** A failed call, announced to assistive technology, with an optional retry. */
export function ErrorNotice({
  error,
  onRetry,
}: {
  readonly error: ClientError | string;
  readonly onRetry?: () => void;
}) {
  return (
    <div class="notice notice-error" role="alert">
      <p>{typeof error === 'string' ? error : describeError(error)}</p>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** A success or information message, announced politely. */
export function InfoNotice({ children }: { readonly children: ComponentChildren }) {
  return (
    <div class="notice notice-info" role="status">
      {children}
    </div>
  );
}

/** Placeholder while a first load runs. */
export function Loading({ label = 'Loading…' }: { readonly label?: string }) {
  return (
    <p class="loading" role="status">
      {label}
    </p>
  );
}

/** An empty list, said in words. */
export function Empty({ children }: { readonly children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}
