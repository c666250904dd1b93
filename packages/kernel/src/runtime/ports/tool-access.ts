import type { AccessManager } from '../../access/access-manager.js';

/**
 * What the agent tools need from the access manager: the tool check, the single path policy
 * (symlinks resolved, confined to the workspace), verified opens, re-checks, and the approval
 * gate. Each decision is audited by the access manager. The kernel's `AccessManager` is passed as is.
 */
export type ToolAccess = Pick<AccessManager, 'checkTool' | 'checkPath' | 'openPath' | 'recheckPath' | 'gate'>;
