import type { LiveEvent } from '../../events/live-event.js';

const SEED_CHANGES = new Set(['seed-created', 'generation-evolved', 'evaluation-completed', 'execution-completed']);

/** Whether a live event changes what the seed views show (a new seed or generation, a new evaluation). */
export function changesSeeds(event: LiveEvent): boolean {
  const inner = event.fields.event;
  return typeof inner === 'object' && inner !== null && SEED_CHANGES.has(String((inner as { type?: unknown }).type));
}
