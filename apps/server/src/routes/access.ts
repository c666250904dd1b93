import type {
  AgentPermissions as KernelPermissions,
  Approval as KernelApproval,
  AuditEntry as KernelAuditEntry,
  Subject,
  UserSubject,
} from '@oxios/kernel';
import {
  AgentParamsSchema,
  AgentPermissionsInputSchema,
  AgentPermissionsSchema,
  ApprovalDecisionSchema,
  ApprovalListQuerySchema,
  ApprovalListSchema,
  ApprovalParamsSchema,
  ApprovalSchema,
  AssignRoleRequestSchema,
  AuditListSchema,
  AuditQuerySchema,
  RoleAssignmentSchema,
  RoleListSchema,
  RoleRemovedSchema,
  UserParamsSchema,
  type AgentPermissions,
  type Approval,
  type AuditEntry,
} from '@oxios/sdk-client';

import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';
import { iso, isoOrNull } from '../http/iso.js';

const toAudit = (entry: KernelAuditEntry): AuditEntry => ({ ...entry, at: iso(entry.at) });
const toApproval = (approval: KernelApproval): Approval => ({
  id: approval.id,
  subject: approval.subject,
  owner: approval.owner,
  action: approval.action,
  resource: approval.resource,
  reason: approval.reason,
  status: approval.status,
  requestedAt: iso(approval.requestedAt),
  expiresAt: iso(approval.expiresAt),
  decidedAt: isoOrNull(approval.decidedAt),
  decidedBy: approval.decidedBy,
  note: approval.note,
  sessionId: approval.sessionId,
  agentId: approval.agentId,
});
const toPermissions = (permissions: KernelPermissions): AgentPermissions => ({
  ...permissions,
  allowedTools: [...permissions.allowedTools],
  deniedTools: [...permissions.deniedTools],
  allowedPaths: [...permissions.allowedPaths],
  deniedPaths: [...permissions.deniedPaths],
  readOnlyPaths: [...permissions.readOnlyPaths],
  updatedAt: iso(permissions.updatedAt),
});
const subjectOf = (caller: { subject: string } | undefined): Subject => (caller?.subject ?? 'user:unknown') as Subject;
const page = <T, U>(result: { items: readonly T[]; nextCursor?: string }, map: (item: T) => U) => ({
  items: result.items.map(map),
  ...(result.nextCursor === undefined ? {} : { nextCursor: result.nextCursor }),
});

/**
 * The access manager over HTTP: audit log, approvals, roles and agent permissions. Route access
 * is the coarse gate; the kernel's RBAC decides (and audits) every call with the caller's subject.
 */
export function accessRoutes(deps: ServerDeps) {
  const access = deps.kernel.access;
  return [
    defineRoute({
      method: 'GET',
      path: '/api/audit',
      access: 'superuser',
      summary: 'Query the audit log, newest first (needs view-audit)',
      tags: ['access'],
      query: AuditQuerySchema,
      response: AuditListSchema,
      handler: ({ query, caller }) =>
        access
          .checkAction(subjectOf(caller), 'view-audit')
          .andThen(() =>
            access.audit.query({
              ...(query.limit === undefined ? {} : { limit: query.limit }),
              ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
              ...(query.subject === undefined ? {} : { subject: query.subject }),
              ...(query.agentId === undefined ? {} : { subject: `agent:${query.agentId}` }),
              ...(query.action === undefined ? {} : { action: query.action }),
              ...(query.allowed === undefined ? {} : { allowed: query.allowed === 'true' }),
              ...(query.since === undefined ? {} : { since: Date.parse(query.since) }),
              ...(query.until === undefined ? {} : { until: Date.parse(query.until) }),
            }),
          )
          .map((result) => page(result, toAudit)),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/approvals',
      access: 'user',
      summary: 'Approvals you may decide (all of them with manage-approvals)',
      tags: ['access'],
      query: ApprovalListQuerySchema,
      response: ApprovalListSchema,
      handler: ({ query, caller }) => {
        const everyone = access.checkAction(subjectOf(caller), 'manage-approvals').isOk();
        return access.approvals
          .list({
            ...(query.limit === undefined ? {} : { limit: query.limit }),
            ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
            ...(query.status === undefined ? {} : { status: query.status }),
            ...(everyone ? {} : { owner: subjectOf(caller) as UserSubject }),
          })
          .map((result) => page(result, toApproval));
      },
    }),
    ...(['approve', 'reject'] as const).map((decision) =>
      defineRoute({
        method: 'POST',
        path: `/api/approvals/:id/${decision}`,
        access: 'user',
        summary: `${decision === 'approve' ? 'Approve' : 'Reject'} a pending approval (its owner or a manage-approvals holder)`,
        tags: ['access'],
        params: ApprovalParamsSchema,
        body: ApprovalDecisionSchema,
        response: ApprovalSchema,
        handler: ({ params, body, caller }) =>
          access.approvals[decision](params.id, subjectOf(caller), body.note).map(toApproval),
      }),
    ),
    defineRoute({
      method: 'GET',
      path: '/api/roles',
      access: 'admin',
      summary: 'Role assignments',
      tags: ['access'],
      response: RoleListSchema,
      handler: () =>
        access
          .listRoles()
          .map((roles) => ({ items: roles.map((role) => ({ ...role, assignedAt: iso(role.assignedAt) })) })),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/roles/:user',
      access: 'admin',
      summary: "Assign a user's role",
      tags: ['access'],
      params: UserParamsSchema,
      body: AssignRoleRequestSchema,
      response: RoleAssignmentSchema,
      handler: ({ params, body, caller }) =>
        access
          .assignRole(`user:${params.user}`, body.role, { by: subjectOf(caller) })
          .map((role) => ({ ...role, assignedAt: iso(role.assignedAt) })),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/roles/:user',
      access: 'admin',
      summary: "Remove a user's role assignment (the default role applies again)",
      tags: ['access'],
      params: UserParamsSchema,
      response: RoleRemovedSchema,
      handler: ({ params, caller }) =>
        access.revokeRole(`user:${params.user}`, { by: subjectOf(caller) }).map((removed) => ({ removed })),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/agents/:id/permissions',
      access: 'superuser',
      summary: "An agent's permissions",
      tags: ['access'],
      params: AgentParamsSchema,
      response: AgentPermissionsSchema,
      handler: ({ params }) => access.permissionsFor(params.id).map(toPermissions),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/agents/:id/permissions',
      access: 'admin',
      summary: "Replace an agent's permissions (bounded by its owner's role)",
      tags: ['access'],
      params: AgentParamsSchema,
      body: AgentPermissionsInputSchema,
      response: AgentPermissionsSchema,
      handler: ({ params, body, caller }) =>
        access.setPermissions(params.id, body, { by: subjectOf(caller) }).map(toPermissions),
    }),
  ];
}
