import { hasRoute, type Capabilities } from '../../routing/view-registry.js';
import type { ComposerMode } from './composer.js';

/** The route that takes a user message and runs the Ouroboros loop. */
export const SEND_ROUTE = 'POST /api/sessions/{id}/messages';

/** Whether the composer can send on this server (and is not busy with a message), and if not, why. */
export function composerMode(capabilities: Capabilities, sending = false): ComposerMode {
  if (!hasRoute(capabilities, SEND_ROUTE))
    return {
      kind: 'unavailable',
      reason: `Sending needs the Ouroboros loop (${SEND_ROUTE}), which this server does not have yet. Messages from other clients still appear here live.`,
    };
  return sending
    ? { kind: 'unavailable', reason: 'Oxios is working on your last message; its progress shows above.' }
    : { kind: 'ready' };
}
