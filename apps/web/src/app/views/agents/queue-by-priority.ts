import type { Task } from '@oxios/sdk-client';

/** Scheduler priorities, highest first. */
export const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const;

/** The live tasks split for display: running ones, and waiting ones per priority (oldest first). */
export interface QueueView {
  readonly running: readonly Task[];
  readonly waiting: ReadonlyArray<{ readonly priority: Task['priority']; readonly tasks: readonly Task[] }>;
}

/** Groups the scheduler's tasks: running first, then the queue by priority, each oldest first. */
export function queueByPriority(tasks: readonly Task[]): QueueView {
  const oldestFirst = [...tasks].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    running: oldestFirst.filter((task) => task.status === 'running'),
    waiting: PRIORITIES.map((priority) => ({
      priority,
      tasks: oldestFirst.filter((task) => task.status !== 'running' && task.priority === priority),
    })),
  };
}
