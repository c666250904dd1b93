import { createHash } from 'node:crypto';
import type { CriterionDraft } from './seed.js';

/**
 * The stable key of an acceptance criterion: `ac_` + the first 16 hex digits of SHA-256 over its
 * content (description, verify, expected artifacts, output assertion). Independent of position and
 * session; any change to the content gives a new key.
 */
export function criterionKey(criterion: CriterionDraft): string {
  const canonical = JSON.stringify([
    criterion.description,
    criterion.verify ?? null,
    criterion.expectedArtifacts,
    criterion.outputAssertion ?? null,
  ]);
  return `ac_${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}
