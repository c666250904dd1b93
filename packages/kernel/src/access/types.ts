import type { ManageAction, Role } from './roles.js';

/** A human user, e.g. `user:ada`. Names match {@link USER_NAME_PATTERN}. */
export type UserSubject = `user:${string}`;
/** An agent, e.g. `agent:7f3c…`. Ids match {@link AGENT_ID_PATTERN}. */
export type AgentSubject = `agent:${string}`;
/** Who asks: a user, an agent, or the kernel itself (`system`, which bypasses policy but is audited). */
export type Subject = UserSubject | AgentSubject | 'system';

/** Correlation ids written into every audit entry of a check. */
export interface AccessContext {
  readonly requestId?: string;
  readonly sessionId?: string;
  /** The agent acting; defaults to the subject's id when the subject is an agent. */
  readonly agentId?: string;
}

/** What a caller is about to do with a path. `write` covers create and modify. */
export type PathOperation = 'read' | 'list' | 'write' | 'delete';

/**
 * What a role may do. Globs use picomatch with `dot: true`; a relative glob matches the path
 * inside the workspace, an absolute one (`/etc/**`) the resolved real path.
 */
export interface RolePolicy {
  readonly role: Role;
  /** Tool-name globs the role may use (`*` = every tool). */
  readonly tools: readonly string[];
  /** Tool-name globs the role may never use (deny wins). */
  readonly deniedTools: readonly string[];
  /** Path globs the role may touch. */
  readonly paths: readonly string[];
  /** Path globs the role may never touch (deny wins). */
  readonly deniedPaths: readonly string[];
  readonly manage: readonly ManageAction[];
  /** Agents a user of this role may run at once; `null` = no role limit (the scheduler's still applies). */
  readonly maxConcurrentAgents: number | null;
}

/** The permissions an agent runs with; always intersected with its owner's role at decision time. */
export interface AgentPermissions {
  readonly agentId: string;
  /** The user the agent acts for; their role bounds everything below. */
  readonly owner: UserSubject;
  readonly allowedTools: readonly string[];
  readonly deniedTools: readonly string[];
  readonly allowedPaths: readonly string[];
  readonly deniedPaths: readonly string[];
  /** Globs the agent may read and list but not write or delete. */
  readonly readOnlyPaths: readonly string[];
  readonly network: boolean;
  readonly maxExecutionSecs: number;
  readonly maxMemoryMb: number;
  readonly canFork: boolean;
  readonly updatedAt: number;
  readonly updatedBy: Subject;
}

/** The settable part of {@link AgentPermissions}. */
export type AgentPermissionsInput = Omit<AgentPermissions, 'agentId' | 'owner' | 'updatedAt' | 'updatedBy'>;

/** A persisted role assignment. */
export interface RoleAssignment {
  readonly subject: UserSubject;
  readonly role: Role;
  readonly assignedAt: number;
  readonly assignedBy: Subject;
}

/** What an allowed check returns: the rule that allowed it (also written to the audit entry). */
export interface Grant {
  readonly subject: Subject;
  readonly action: string;
  readonly resource: string;
  readonly rule: string;
}

declare const resolvedPathBrand: unique symbol;

/**
 * A path that passed `checkPath`: the real, symlink-free absolute path to operate on. Only the
 * access manager creates these, so a function taking `ResolvedPath` cannot be handed a raw string.
 */
export interface ResolvedPath {
  readonly [resolvedPathBrand]: true;
  /** Real absolute path (symlinks resolved, inside `root`). Operate on this, never on `requested`. */
  readonly path: string;
  /** Real absolute path of the workspace root. */
  readonly root: string;
  /** `path` relative to `root`, `/`-separated; empty for the root itself. */
  readonly relative: string;
  /** The path as the caller gave it. */
  readonly requested: string;
  readonly operation: PathOperation;
  /** Whether `path` existed when checked. */
  readonly exists: boolean;
  readonly subject: Subject;
  /** The rule that allowed it, e.g. `allow:agent:src/**` or `system`. */
  readonly rule: string;
}

/** One audit entry: a decision or a security-relevant change. Entries are append-only. */
export interface AuditEntry {
  /** Monotonic; newer entries have larger ids. */
  readonly id: number;
  /** Epoch milliseconds. */
  readonly at: number;
  readonly subject: string;
  /** E.g. `tool`, `path-write`, `manage-roles`, `network`, `spawn-agent`, `approval-request`. */
  readonly action: string;
  readonly resource: string;
  readonly allowed: boolean;
  /** Machine-readable rule, e.g. `deny:agent:**\/.ssh/**`, `symlink-escape`, `role:user`. */
  readonly rule: string | null;
  readonly reason: string | null;
  readonly requestId: string | null;
  readonly sessionId: string | null;
  readonly agentId: string | null;
}

/** Lifecycle of an approval: `pending` moves once to `approved`, `rejected` or `expired`. */
export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'expired';

/** A request for a human's decision. */
export interface Approval {
  readonly id: string;
  readonly subject: Subject;
  /** The user who may decide (the agent's owner, or the user itself); `null` for `system`. */
  readonly owner: UserSubject | null;
  readonly action: string;
  readonly resource: string;
  /** Why the subject wants to do it, shown to the reviewer. */
  readonly reason: string;
  readonly status: ApprovalStatus;
  readonly requestedAt: number;
  readonly expiresAt: number;
  readonly decidedAt: number | null;
  /** `system` for expiry. */
  readonly decidedBy: string | null;
  readonly note: string | null;
  readonly requestId: string | null;
  readonly sessionId: string | null;
  readonly agentId: string | null;
}
