import { MANAGE_ACTIONS, type Role } from './roles.js';
import type { RolePolicy } from './types.js';

// Frozen so no embedder can widen a role for everyone by mutating the shared object.
function deepFreeze<T extends Record<Role, RolePolicy>>(policies: T): T {
  for (const policy of Object.values(policies)) {
    for (const list of [policy.tools, policy.deniedTools, policy.paths, policy.deniedPaths, policy.manage]) {
      Object.freeze(list);
    }
    Object.freeze(policy);
  }
  return Object.freeze(policies);
}

/**
 * The built-in policy of each role. Paths are workspace-relative globs: every check is confined
 * to the workspace it names, and `[access] denied_paths` plus agent permissions narrow it further.
 *
 * | role      | tools                                      | paths | manage                                                                                  | agents    |
 * | --------- | ------------------------------------------ | ----- | --------------------------------------------------------------------------------------- | --------- |
 * | user      | read, write, edit, ls, grep, find, bash,   | `**`  | manage-agents                                                                           | 2         |
 * |           | container_exec, memory_*, a2a_*            |       |                                                                                         |           |
 * | superuser | `*`                                        | `**`  | manage-agents, manage-programs, manage-containers, manage-approvals, view-audit         | 10        |
 * | admin     | `*`                                        | `**`  | all                                                                                     | unlimited |
 */
export const DEFAULT_ROLE_POLICIES: Readonly<Record<Role, RolePolicy>> = deepFreeze({
  user: {
    role: 'user',
    tools: ['read', 'write', 'edit', 'ls', 'grep', 'find', 'bash', 'container_exec', 'memory_*', 'a2a_*'],
    deniedTools: [],
    paths: ['**'],
    deniedPaths: [],
    manage: ['manage-agents'],
    maxConcurrentAgents: 2,
  },
  superuser: {
    role: 'superuser',
    tools: ['*'],
    deniedTools: [],
    paths: ['**'],
    deniedPaths: [],
    manage: ['manage-agents', 'manage-programs', 'manage-containers', 'manage-approvals', 'view-audit'],
    maxConcurrentAgents: 10,
  },
  admin: {
    role: 'admin',
    tools: ['*'],
    deniedTools: [],
    paths: ['**'],
    deniedPaths: [],
    manage: [...MANAGE_ACTIONS],
    maxConcurrentAgents: null,
  },
});
