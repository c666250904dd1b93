/**
 * The phases of the Ouroboros loop, in order. After `evolve` the loop returns to `execute` with
 * the next generation's seed.
 */
export type Phase = 'interview' | 'seed' | 'execute' | 'evaluate' | 'evolve';

/** Every phase, in loop order. */
export const PHASES: readonly Phase[] = Object.freeze(['interview', 'seed', 'execute', 'evaluate', 'evolve']);
