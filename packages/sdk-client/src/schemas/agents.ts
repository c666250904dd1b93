import { z } from 'zod';
import { IdSchema, TimestampSchema, pageSchema } from './common.js';

export const AgentStatusSchema = z.enum(['starting', 'running', 'idle', 'stopped', 'failed']);

/** An agent in the process table. */
export const AgentSchema = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.string(),
  status: AgentStatusSchema,
  statusReason: z.string().nullable(),
  errorCode: z.string().nullable(),
  seedId: z.string().nullable(),
  sessionId: z.string().nullable(),
  parentId: z.string().nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Agent = z.infer<typeof AgentSchema>;

export const AgentListSchema = pageSchema(AgentSchema);
export type AgentList = z.infer<typeof AgentListSchema>;

export const AgentListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().min(1).max(512).optional(),
  status: AgentStatusSchema.optional(),
  sessionId: IdSchema.optional(),
});

export const AgentParamsSchema = z.strictObject({ id: IdSchema });

/** A scheduled task. */
export const TaskSchema = z.object({
  id: z.string(),
  kind: z.string(),
  description: z.string(),
  priority: z.enum(['critical', 'high', 'normal', 'low']),
  status: z.string(),
  statusReason: z.string().nullable(),
  sessionId: z.string().nullable(),
  agentId: z.string().nullable(),
  provider: z.string().nullable(),
  createdAt: TimestampSchema,
  startedAt: TimestampSchema.nullable(),
  finishedAt: TimestampSchema.nullable(),
});
export type Task = z.infer<typeof TaskSchema>;

/** Where a task stands. */
export const TaskStatusSchema = z.enum([
  'queued',
  'running',
  'completed',
  'failed',
  'timed-out',
  'cancelled',
  'interrupted',
]);

/** `GET /api/tasks`: the task history, newest first. */
export const TaskListSchema = pageSchema(TaskSchema);
export type TaskList = z.infer<typeof TaskListSchema>;

/** `GET /api/tasks` filters. */
export const TaskListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().min(1).max(512).optional(),
  status: TaskStatusSchema.optional(),
  sessionId: IdSchema.optional(),
});
export type TaskListQuery = z.infer<typeof TaskListQuerySchema>;

/** `GET /api/scheduler`: live tasks and counters. */
export const SchedulerSchema = z.object({
  stats: z.object({
    queued: z.number(),
    parked: z.number(),
    running: z.number(),
    completed: z.number(),
    failed: z.number(),
    timedOut: z.number(),
    cancelled: z.number(),
    interrupted: z.number(),
    rejected: z.number(),
    maxConcurrent: z.number(),
    queueLimit: z.number(),
  }),
  tasks: z.array(TaskSchema),
});
export type Scheduler = z.infer<typeof SchedulerSchema>;

/** `GET /api/agents` filters. */
export type AgentListQuery = z.infer<typeof AgentListQuerySchema>;
/** Where an agent stands. */
export type AgentStatus = z.infer<typeof AgentStatusSchema>;
