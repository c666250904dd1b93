import { err, ok, type Result } from 'neverthrow';
import { invalidArgument, permissionDenied } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { DecisionRecorder } from './decision-recorder.js';
import { printable } from './printable.js';
import { resolveWorkspacePath } from './resolve-workspace-path.js';
import { MANAGE_ACTIONS, type ManageAction } from './roles.js';
import type { SubjectDenial, SubjectView, SubjectViews } from './subject-views.js';
import type { AccessContext, Grant, PathOperation, ResolvedPath, Subject } from './types.js';
import { TOOL_NAME_PATTERN } from './validate-permissions.js';

/** Options of a path check. */
export interface CheckPathOptions {
  /** Absolute path of the workspace: the hard boundary. Never derive it from agent input. */
  readonly workspaceRoot: string;
  readonly operation: PathOperation;
  readonly context?: AccessContext;
}

/** The access manager's decisions; each one is audited. */
export interface AccessChecks {
  checkTool(subject: Subject, tool: string, context?: AccessContext): Result<Grant, KernelError>;
  checkPath(subject: Subject, path: string, options: CheckPathOptions): Result<ResolvedPath, KernelError>;
  checkAction(subject: Subject, action: ManageAction, context?: AccessContext): Result<Grant, KernelError>;
  checkNetwork(subject: Subject, host: string, context?: AccessContext): Result<Grant, KernelError>;
  checkSpawn(subject: Subject, running: number, context?: AccessContext): Result<Grant, KernelError>;
}

type Verdict =
  | { readonly allowed: true; readonly rule: string }
  | { readonly allowed: false; readonly rule: string; readonly reason: string };

const allow = (rule: string): Verdict => ({ allowed: true, rule });
const refuse = (rule: string, reason: string): Verdict => ({ allowed: false, rule, reason });
const OPERATIONS: ReadonlySet<string> = new Set(['read', 'list', 'write', 'delete']);

function toolVerdict(view: SubjectView, tool: string): Verdict {
  if (view.kind === 'system') return allow('system');
  const { role } = view;
  const name = `role:${role.policy.role}`;
  const roleDenied = role.deniedTools.match(tool);
  if (roleDenied !== undefined) return refuse(`deny:${name}:${roleDenied}`, `${name} denies "${roleDenied}"`);
  const agentDenied = view.kind === 'agent' ? view.agent.deniedTools.match(tool) : undefined;
  if (agentDenied !== undefined)
    return refuse(`deny:agent:${agentDenied}`, `the agent's permissions deny "${agentDenied}"`);
  const roleAllowed = role.tools.match(tool);
  if (roleAllowed === undefined) return refuse(`not-allowed:${name}`, `not in the ${role.policy.role} role's tools`);
  if (view.kind === 'user') return allow(`allow:${name}:${roleAllowed}`);
  const agentAllowed = view.agent.tools.match(tool);
  return agentAllowed === undefined
    ? refuse('not-allowed:agent', "not in the agent's allowed tools")
    : allow(`allow:agent:${agentAllowed}`);
}

/** Creates the checks over subject views and a recorder. `home` is OXIOS_HOME's real path. */
export function createAccessChecks(views: SubjectViews, record: DecisionRecorder, home: string): AccessChecks {
  // Resolves the subject, applies `verdict`, records the decision; the error is built by `denied`.
  const decide = (
    subject: Subject,
    action: string,
    resource: string,
    context: AccessContext,
    verdict: (view: SubjectView) => Verdict,
  ): Result<Grant, KernelError> => {
    const viewed = views.view(subject);
    if (viewed.isErr()) return err(viewed.error);
    const view: SubjectView | SubjectDenial = viewed.value;
    const outcome = view.kind === 'denied' ? refuse(view.rule, view.reason) : verdict(view);
    const reason = outcome.allowed ? 'allowed' : outcome.reason;
    const recorded = record({
      subject,
      action,
      resource,
      allowed: outcome.allowed,
      rule: outcome.rule,
      reason,
      context,
    });
    if (recorded.isErr()) return err(recorded.error);
    if (!outcome.allowed)
      return err(permissionDenied(printable(subject, 160), action, printable(resource), outcome.reason));
    return ok({ subject, action, resource, rule: outcome.rule });
  };

  return {
    checkTool(subject, tool, context = {}) {
      const valid = TOOL_NAME_PATTERN.test(tool);
      return decide(subject, 'use-tool', tool, context, (view) =>
        valid ? toolVerdict(view, tool) : refuse('invalid-tool-name', 'not a valid tool name'),
      );
    },
    checkAction(subject, action, context = {}) {
      if (!(MANAGE_ACTIONS as readonly string[]).includes(action))
        return err(invalidArgument('action', `unknown action "${printable(action, 64)}"`));
      return decide(subject, action, '*', context, (view) => {
        if (view.kind === 'system') return allow('system');
        if (view.kind === 'agent') return refuse('agents-cannot-manage', 'agents never hold administrative actions');
        const role = view.role.policy.role;
        return view.role.policy.manage.includes(action)
          ? allow(`role:${role}`)
          : refuse(`not-allowed:role:${role}`, `the ${role} role may not ${action}`);
      });
    },
    checkNetwork(subject, host, context = {}) {
      return decide(subject, 'network', host, context, (view) => {
        if (view.kind !== 'agent') return allow(view.kind === 'system' ? 'system' : `role:${view.role.policy.role}`);
        return view.agent.permissions.network
          ? allow('agent:network')
          : refuse('network-disabled', 'the agent has no network access');
      });
    },
    checkSpawn(subject, running, context = {}) {
      if (!Number.isInteger(running) || running < 0)
        return err(invalidArgument('running', 'expected a non-negative integer'));
      return decide(subject, 'spawn-agent', `running=${running}`, context, (view) => {
        if (view.kind === 'system') return allow('system');
        if (view.kind === 'agent' && !view.agent.permissions.canFork)
          return refuse('fork-disabled', 'the agent may not fork');
        const policy = view.role.policy;
        if (!policy.manage.includes('manage-agents'))
          return refuse(`not-allowed:role:${policy.role}`, `the ${policy.role} role may not run agents`);
        const max = policy.maxConcurrentAgents;
        return max !== null && running >= max
          ? refuse(`max-agents:${max}`, `the ${policy.role} role may run at most ${max} agents at once`)
          : allow(`role:${policy.role}`);
      });
    },
    checkPath(subject, path, options) {
      const context = options.context ?? {};
      const { operation, workspaceRoot } = options;
      if (!OPERATIONS.has(operation)) return err(invalidArgument('operation', 'expected read, list, write or delete'));
      const action = `path-${operation}`;
      const viewed = views.view(subject);
      if (viewed.isErr()) return err(viewed.error);
      const view = viewed.value;
      const base = { subject, action, resource: path, context };
      if (view.kind === 'denied') {
        const recorded = record({ ...base, allowed: false, rule: view.rule, reason: view.reason });
        if (recorded.isErr()) return err(recorded.error);
        return err(permissionDenied(printable(subject, 160), action, printable(path), view.reason));
      }
      const policy = view.kind === 'system' ? undefined : view.kind === 'user' ? view.role.paths : view.agent.paths;
      const result = resolveWorkspacePath({ subject, requested: path, workspaceRoot, operation, home, policy });
      const recorded = result.match(
        (resolved) =>
          record({ ...base, allowed: true, rule: resolved.rule, reason: `resolved to ./${resolved.relative}` }),
        (denied) => record({ ...base, allowed: false, rule: denied.rule, reason: denied.message }),
      );
      if (recorded.isErr()) return err(recorded.error);
      return result.mapErr((denied): KernelError => denied);
    },
  };
}
