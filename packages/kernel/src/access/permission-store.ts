import { type Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { Store } from '../store/store.js';
import type { AgentPermissions, AgentPermissionsInput, Subject, UserSubject } from './types.js';

/** Persisted agent permissions (one row per agent, the settable fields as a JSON body). */
export interface PermissionStore {
  get(agentId: string): Result<AgentPermissions | undefined, KernelError>;
  put(permissions: AgentPermissions): Result<void, KernelError>;
  /** True when a row was removed. */
  remove(agentId: string): Result<boolean, KernelError>;
  list(owner?: UserSubject): Result<readonly AgentPermissions[], KernelError>;
}

interface PermissionRow {
  agent_id: string;
  owner: UserSubject;
  body: string;
  updated_at: number;
  updated_by: Subject;
}

function toPermissions(row: PermissionRow): AgentPermissions {
  const body = JSON.parse(row.body) as AgentPermissionsInput;
  return {
    agentId: row.agent_id,
    owner: row.owner,
    allowedTools: body.allowedTools,
    deniedTools: body.deniedTools,
    allowedPaths: body.allowedPaths,
    deniedPaths: body.deniedPaths,
    readOnlyPaths: body.readOnlyPaths,
    network: body.network,
    maxExecutionSecs: body.maxExecutionSecs,
    maxMemoryMb: body.maxMemoryMb,
    canFork: body.canFork,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

function toBody(permissions: AgentPermissions): string {
  const body: AgentPermissionsInput = {
    allowedTools: permissions.allowedTools,
    deniedTools: permissions.deniedTools,
    allowedPaths: permissions.allowedPaths,
    deniedPaths: permissions.deniedPaths,
    readOnlyPaths: permissions.readOnlyPaths,
    network: permissions.network,
    maxExecutionSecs: permissions.maxExecutionSecs,
    maxMemoryMb: permissions.maxMemoryMb,
    canFork: permissions.canFork,
  };
  return JSON.stringify(body);
}

/** Creates the permission store over `store`. */
export function createPermissionStore(store: Store): PermissionStore {
  return {
    get(agentId) {
      return store.attempt('read agent permissions', () => {
        const row = store.statement('SELECT * FROM agent_permissions WHERE agent_id = ?').get(agentId) as
          PermissionRow | undefined;
        return row === undefined ? undefined : toPermissions(row);
      });
    },
    put(permissions) {
      return store.attempt('write agent permissions', () => {
        store
          .statement(
            `INSERT INTO agent_permissions (agent_id, owner, body, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (agent_id) DO UPDATE SET owner = excluded.owner, body = excluded.body,
               updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          )
          .run(
            permissions.agentId,
            permissions.owner,
            toBody(permissions),
            permissions.updatedAt,
            permissions.updatedBy,
          );
      });
    },
    remove(agentId) {
      return store.attempt(
        'remove agent permissions',
        () => Number(store.statement('DELETE FROM agent_permissions WHERE agent_id = ?').run(agentId).changes) > 0,
      );
    },
    list(owner) {
      return store.attempt('list agent permissions', () =>
        (
          store
            .statement('SELECT * FROM agent_permissions WHERE (?1 IS NULL OR owner = ?1) ORDER BY agent_id')
            .all(owner ?? null) as unknown as PermissionRow[]
        ).map(toPermissions),
      );
    },
  };
}
