import type { Task } from '@oxios/sdk-client';
import { describe, expect, it } from 'vitest';
import { queueByPriority } from './queue-by-priority.js';

const task = (id: string, priority: Task['priority'], status: string, minute: number): Task => ({
  id,
  kind: 'agent-run',
  description: id,
  priority,
  status,
  statusReason: null,
  sessionId: null,
  agentId: null,
  provider: null,
  createdAt: `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`,
  startedAt: null,
  finishedAt: null,
});

describe('queueByPriority', () => {
  it('lists running tasks apart and the queue by priority, highest first, oldest first within one', () => {
    const view = queueByPriority([
      task('low-1', 'low', 'queued', 1),
      task('run', 'normal', 'running', 0),
      task('crit-late', 'critical', 'queued', 9),
      task('crit-early', 'critical', 'parked', 3),
      task('normal', 'normal', 'queued', 2),
    ]);
    expect(view.running.map((entry) => entry.id)).toEqual(['run']);
    expect(view.waiting.map((group) => [group.priority, group.tasks.map((entry) => entry.id)])).toEqual([
      ['critical', ['crit-early', 'crit-late']],
      ['high', []],
      ['normal', ['normal']],
      ['low', ['low-1']],
    ]);
  });
});
