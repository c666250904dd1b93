import { ErrorNotice } from '../../../ui/notices.js';
import type { SendState } from '../session-sends.js';

const WORKING: Readonly<Record<string, string>> = {
  interview: 'thinking about your request',
  seed: 'writing the seed',
  execute: 'working on it',
  evaluate: 'checking the result',
  evolve: 'evolving the seed',
};

/** Where the latest message stands: working (with the phase), going on in the background, or failed. */
export function SendStatus({ state, phase }: { readonly state: SendState; readonly phase: string }) {
  switch (state.status) {
    case 'idle':
    case 'done':
      return null;
    case 'sending':
      return (
        <p class="working" role="status">
          <span class="spinner" aria-hidden="true" /> Oxios is {WORKING[phase] ?? 'working'}…
        </p>
      );
    case 'running':
      return (
        <p class="working" role="status">
          Oxios keeps working in the background; its progress and reply appear here.
        </p>
      );
    case 'failed':
      return <ErrorNotice error={`The message was not processed: ${state.error}`} />;
  }
}
