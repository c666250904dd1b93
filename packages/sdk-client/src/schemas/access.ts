import { z } from 'zod';
import { IdSchema, TimestampSchema, pageSchema } from './common.js';
import { RoleSchema } from './auth.js';

/** One access decision from the audit log. */
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: TimestampSchema,
  subject: z.string(),
  action: z.string(),
  resource: z.string(),
  allowed: z.boolean(),
  rule: z.string().nullable(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
  sessionId: z.string().nullable(),
  agentId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditListSchema = pageSchema(AuditEntrySchema);
export type AuditList = z.infer<typeof AuditListSchema>;

/** `GET /api/audit` filters. */
export const AuditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().min(1).max(512).optional(),
  subject: z.string().min(1).max(200).optional(),
  action: z.string().min(1).max(100).optional(),
  allowed: z.enum(['true', 'false']).optional(),
  agentId: z.string().min(1).max(100).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
});
/** `GET /api/audit` filters. */
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const ApprovalStatusSchema = z.enum(['pending', 'approved', 'rejected', 'expired']);

/** A human-in-the-loop approval. */
export const ApprovalSchema = z.object({
  id: z.string(),
  subject: z.string(),
  owner: z.string().nullable(),
  action: z.string(),
  resource: z.string(),
  reason: z.string(),
  status: ApprovalStatusSchema,
  requestedAt: TimestampSchema,
  expiresAt: TimestampSchema,
  decidedAt: TimestampSchema.nullable(),
  decidedBy: z.string().nullable(),
  note: z.string().nullable(),
  sessionId: z.string().nullable(),
  agentId: z.string().nullable(),
});
export type Approval = z.infer<typeof ApprovalSchema>;
export const ApprovalListSchema = pageSchema(ApprovalSchema);
export type ApprovalList = z.infer<typeof ApprovalListSchema>;

export const ApprovalListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().min(1).max(512).optional(),
  status: ApprovalStatusSchema.optional(),
});
/** `GET /api/approvals` filters. */
export type ApprovalListQuery = z.infer<typeof ApprovalListQuerySchema>;
/** Where an approval stands. */
export type ApprovalStatus = z.infer<typeof ApprovalStatusSchema>;

export const ApprovalParamsSchema = z.strictObject({ id: IdSchema });

/** `POST /api/approvals/:id/approve|reject`. */
export const ApprovalDecisionSchema = z.strictObject({ note: z.string().max(2000).optional() });
export type ApprovalDecision = z.infer<typeof ApprovalDecisionSchema>;

/** A role assignment. */
export const RoleAssignmentSchema = z.object({
  subject: z.string(),
  role: RoleSchema,
  assignedAt: TimestampSchema,
  assignedBy: z.string(),
});
export type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;
export const RoleListSchema = z.object({ items: z.array(RoleAssignmentSchema) });
export type RoleList = z.infer<typeof RoleListSchema>;

/** `DELETE /api/roles/:user`: whether an assignment existed. */
export const RoleRemovedSchema = z.object({ removed: z.boolean() });
export type RoleRemoved = z.infer<typeof RoleRemovedSchema>;

export const UserParamsSchema = z.strictObject({
  user: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'expected a user name'),
});
export const AssignRoleRequestSchema = z.strictObject({ role: RoleSchema });

/** An agent's permissions (bounded by its owner's role). */
export const AgentPermissionsSchema = z.object({
  agentId: z.string(),
  owner: z.string(),
  allowedTools: z.array(z.string()),
  deniedTools: z.array(z.string()),
  allowedPaths: z.array(z.string()),
  deniedPaths: z.array(z.string()),
  readOnlyPaths: z.array(z.string()),
  network: z.boolean(),
  maxExecutionSecs: z.number(),
  maxMemoryMb: z.number(),
  canFork: z.boolean(),
  updatedAt: TimestampSchema,
  updatedBy: z.string(),
});
export type AgentPermissions = z.infer<typeof AgentPermissionsSchema>;

/** `PUT /api/agents/:id/permissions`. */
export const AgentPermissionsInputSchema = z.strictObject({
  allowedTools: z.array(z.string().max(200)).max(200),
  deniedTools: z.array(z.string().max(200)).max(200),
  allowedPaths: z.array(z.string().max(1000)).max(200),
  deniedPaths: z.array(z.string().max(1000)).max(200),
  readOnlyPaths: z.array(z.string().max(1000)).max(200),
  network: z.boolean(),
  maxExecutionSecs: z.number().int().min(0).max(86_400),
  maxMemoryMb: z.number().int().min(0).max(1_048_576),
  canFork: z.boolean(),
});
export type AgentPermissionsInput = z.infer<typeof AgentPermissionsInputSchema>;
