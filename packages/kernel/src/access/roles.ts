/** The roles a user can hold, from least to most privileged. */
export const ROLES = ['user', 'superuser', 'admin'] as const;

/** A user's role; it selects the {@link RolePolicy} their checks (and their agents' checks) run against. */
export type Role = (typeof ROLES)[number];

/** Administrative actions, decided by `checkAction` from the subject's role. Agents never hold them. */
export const MANAGE_ACTIONS = [
  'manage-agents',
  'manage-programs',
  'manage-containers',
  'manage-approvals',
  'manage-roles',
  'view-audit',
  'system-config',
] as const;

/** One administrative action. */
export type ManageAction = (typeof MANAGE_ACTIONS)[number];
