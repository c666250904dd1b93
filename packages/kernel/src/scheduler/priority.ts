import type { TaskPriority } from './types.js';

/** Every priority, most urgent first. */
export const TASK_PRIORITIES = ['critical', 'high', 'normal', 'low'] as const satisfies readonly TaskPriority[];

const RANKS: Readonly<Record<TaskPriority, number>> = { low: 0, normal: 1, high: 2, critical: 3 };

/** The stored rank of a priority: low 0, normal 1, high 2, critical 3. */
export function priorityRank(priority: TaskPriority): number {
  return RANKS[priority];
}

/** The priority of a stored rank (ranks outside 0–3 are clamped). */
export function priorityOfRank(rank: number): TaskPriority {
  return TASK_PRIORITIES[3 - Math.min(3, Math.max(0, Math.trunc(rank)))] ?? 'normal';
}
