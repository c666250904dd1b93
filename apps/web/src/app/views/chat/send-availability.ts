import { hasRoute, type Capabilities } from '../../routing/view-registry.js';
import type { ComposerMode } from './composer.js';

/** The route that takes a user message and runs the Ouroboros loop. */
export const SEND_ROUTE = 'POST /api/sessions/{id}/messages';

/** Whether the composer can send on this server, and if not, why. */
export function composerMode(capabilities: Capabilities): ComposerMode {
  return hasRoute(capabilities, SEND_ROUTE)
    ? {
        kind: 'unavailable',
        reason: `The server has ${SEND_ROUTE}, but this version of the dashboard cannot send yet: update @oxios/web.`,
      }
    : {
        kind: 'unavailable',
        reason: `Sending needs the Ouroboros loop (${SEND_ROUTE}), which this server does not have yet. Messages from other clients still appear here live.`,
      };
}
