import { type Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { Store } from '../store/store.js';
import type { Role } from './roles.js';
import type { RoleAssignment, Subject, UserSubject } from './types.js';

/** Persisted role assignments, with an in-process read cache (this process is the only writer). */
export interface RoleStore {
  get(subject: UserSubject): Result<RoleAssignment | undefined, KernelError>;
  put(assignment: RoleAssignment): Result<void, KernelError>;
  /** True when an assignment was removed. */
  remove(subject: UserSubject): Result<boolean, KernelError>;
  list(): Result<readonly RoleAssignment[], KernelError>;
}

interface RoleRow {
  subject: UserSubject;
  role: Role;
  assigned_at: number;
  assigned_by: Subject;
}

const toAssignment = (row: RoleRow): RoleAssignment => ({
  subject: row.subject,
  role: row.role,
  assignedAt: row.assigned_at,
  assignedBy: row.assigned_by,
});

const MAX_CACHED = 10_000;

/** Creates the role store over `store`. */
export function createRoleStore(store: Store): RoleStore {
  const cache = new Map<string, RoleAssignment | undefined>();
  return {
    get(subject) {
      if (cache.has(subject)) return store.attempt('read role', () => cache.get(subject));
      return store.attempt('read role', () => {
        const row = store.statement('SELECT * FROM role_assignments WHERE subject = ?').get(subject) as
          RoleRow | undefined;
        const assignment = row === undefined ? undefined : toAssignment(row);
        if (cache.size >= MAX_CACHED) cache.clear();
        cache.set(subject, assignment);
        return assignment;
      });
    },
    put(assignment) {
      cache.delete(assignment.subject);
      return store.attempt('assign role', () => {
        store
          .statement(
            `INSERT INTO role_assignments (subject, role, assigned_at, assigned_by) VALUES (?, ?, ?, ?)
             ON CONFLICT (subject) DO UPDATE SET role = excluded.role, assigned_at = excluded.assigned_at,
               assigned_by = excluded.assigned_by`,
          )
          .run(assignment.subject, assignment.role, assignment.assignedAt, assignment.assignedBy);
      });
    },
    remove(subject) {
      cache.delete(subject);
      return store.attempt(
        'revoke role',
        () => Number(store.statement('DELETE FROM role_assignments WHERE subject = ?').run(subject).changes) > 0,
      );
    },
    list() {
      return store.attempt('list roles', () =>
        (store.statement('SELECT * FROM role_assignments ORDER BY subject').all() as unknown as RoleRow[]).map(
          toAssignment,
        ),
      );
    },
  };
}
