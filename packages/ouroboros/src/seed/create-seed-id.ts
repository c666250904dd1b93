import { randomBytes } from 'node:crypto';

/** A new random seed id, `seed_<12 hex>`. */
export function createSeedId(): string {
  return `seed_${randomBytes(6).toString('hex')}`;
}
