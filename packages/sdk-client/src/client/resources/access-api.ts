import type { ResultAsync } from 'neverthrow';
import {
  ApprovalListSchema,
  ApprovalSchema,
  AuditListSchema,
  RoleAssignmentSchema,
  RoleListSchema,
  RoleRemovedSchema,
  type Approval,
  type ApprovalDecision,
  type ApprovalList,
  type ApprovalListQuery,
  type AuditList,
  type AuditQuery,
  type RoleAssignment,
  type RoleList,
  type RoleRemoved,
} from '../../schemas/access.js';
import type { Role } from '../../schemas/auth.js';
import type { ClientError } from '../client-error.js';
import { callApi, type HttpOptions } from '../http.js';
import { segment, withSignal } from './signal.js';

/** The audit log (superuser with view-audit). */
export interface AuditApi {
  /** `GET /api/audit`, newest first. */
  query(query?: AuditQuery, signal?: AbortSignal): ResultAsync<AuditList, ClientError>;
}

/** Human approvals. */
export interface ApprovalsApi {
  /** `GET /api/approvals`: those you may decide (all with manage-approvals), newest first. */
  list(query?: ApprovalListQuery, signal?: AbortSignal): ResultAsync<ApprovalList, ClientError>;
  /** `POST /api/approvals/:id/approve`. */
  approve(id: string, decision?: ApprovalDecision, signal?: AbortSignal): ResultAsync<Approval, ClientError>;
  /** `POST /api/approvals/:id/reject`. */
  reject(id: string, decision?: ApprovalDecision, signal?: AbortSignal): ResultAsync<Approval, ClientError>;
}

/** Role assignments (admin). */
export interface RolesApi {
  /** `GET /api/roles`. */
  list(signal?: AbortSignal): ResultAsync<RoleList, ClientError>;
  /** `PUT /api/roles/:user`. */
  assign(user: string, role: Role, signal?: AbortSignal): ResultAsync<RoleAssignment, ClientError>;
  /** `DELETE /api/roles/:user`: the default role applies again. */
  revoke(user: string, signal?: AbortSignal): ResultAsync<RoleRemoved, ClientError>;
}

/** Creates the {@link AuditApi} over `options`. */
export function createAuditApi(options: HttpOptions): AuditApi {
  return {
    query: (query, signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/audit',
        ...(query ? { query } : {}),
        response: AuditListSchema,
        ...withSignal(signal),
      }),
  };
}

/** Creates the {@link ApprovalsApi} over `options`. */
export function createApprovalsApi(options: HttpOptions): ApprovalsApi {
  const decide = (verb: 'approve' | 'reject') => (id: string, decision?: ApprovalDecision, signal?: AbortSignal) =>
    callApi(options, {
      method: 'POST',
      path: `/api/approvals/${segment(id)}/${verb}`,
      body: decision ?? {},
      response: ApprovalSchema,
      ...withSignal(signal),
    });
  return {
    list: (query, signal) =>
      callApi(options, {
        method: 'GET',
        path: '/api/approvals',
        ...(query ? { query } : {}),
        response: ApprovalListSchema,
        ...withSignal(signal),
      }),
    approve: decide('approve'),
    reject: decide('reject'),
  };
}

/** Creates the {@link RolesApi} over `options`. */
export function createRolesApi(options: HttpOptions): RolesApi {
  return {
    list: (signal) =>
      callApi(options, { method: 'GET', path: '/api/roles', response: RoleListSchema, ...withSignal(signal) }),
    assign: (user, role, signal) =>
      callApi(options, {
        method: 'PUT',
        path: `/api/roles/${segment(user)}`,
        body: { role },
        response: RoleAssignmentSchema,
        ...withSignal(signal),
      }),
    revoke: (user, signal) =>
      callApi(options, {
        method: 'DELETE',
        path: `/api/roles/${segment(user)}`,
        response: RoleRemovedSchema,
        ...withSignal(signal),
      }),
  };
}
