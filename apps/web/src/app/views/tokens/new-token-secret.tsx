import type { CreatedToken } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';

/** A new token's secret, shown this once, with a copy button. */
export function NewTokenSecret({
  created,
  onDismiss,
}: {
  readonly created: CreatedToken;
  readonly onDismiss: () => void;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="notice notice-info" role="status">
      <p>
        Token <strong>{created.record.name}</strong> created. Copy its secret now: it is not shown again.
      </p>
      <div class="row">
        <label class="visually-hidden" for="new-token-secret">
          Secret of {created.record.name}
        </label>
        <input
          id="new-token-secret"
          class="secret"
          readOnly
          value={created.token}
          onFocus={(event) => {
            event.currentTarget.select();
          }}
        />
        <button
          type="button"
          class="button"
          onClick={() => {
            void navigator.clipboard.writeText(created.token).then(
              () => {
                setCopied(true);
              },
              () => {
                setCopied(false);
              },
            );
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" class="button button-quiet" onClick={onDismiss}>
          Done
        </button>
      </div>
    </div>
  );
}
