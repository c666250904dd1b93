import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import { abortedError, timeoutError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { noopLogger } from '../logger/logger.js';
import type { ArgumentPolicy } from './argument-policy.js';
import { canonicalCommandName, isBareCommandName } from './command-name.js';
import { DEFAULT_ENV_ALLOWLIST, isDeniedEnvironmentVariable } from './environment-policy.js';
import { neverAllowedReason } from './never-allowed-commands.js';
import { planHostCommand, type PlanContext } from './plan-host-command.js';
import { DEFAULT_ARGUMENT_POLICIES } from './policies/default-argument-policies.js';
import { spawnCaptured } from './spawn-captured.js';
import type { HostExec, HostExecOptions, HostExecPlan, HostExecRequest, HostExecResult } from './types.js';

const TEN_MINUTES_MS = 600_000;

function assertOptions(options: HostExecOptions, envAllowlist: readonly string[]): void {
  for (const command of options.allowlist) {
    if (!isBareCommandName(command)) throw new TypeError(`exec allowlist: "${command}" is not a bare command name`);
    const never = neverAllowedReason(command);
    if (never !== undefined) throw new TypeError(`exec allowlist: "${command}" is never allowed (${never})`);
  }
  const denied = envAllowlist.find(isDeniedEnvironmentVariable);
  if (denied !== undefined) throw new TypeError(`exec env allowlist: ${denied} may never be passed to host commands`);
  if (!(options.defaultTimeoutMs >= 1 && options.maxOutputBytes >= 1)) {
    throw new TypeError('exec: defaultTimeoutMs and maxOutputBytes must be positive');
  }
}

function toPolicyTable(overrides: Readonly<Record<string, ArgumentPolicy>>): Record<string, ArgumentPolicy> {
  const table: Record<string, ArgumentPolicy> = { ...DEFAULT_ARGUMENT_POLICIES };
  for (const [name, policy] of Object.entries(overrides)) table[canonicalCommandName(name)] = policy;
  return table;
}

/**
 * Creates the host-exec bridge: commands run directly (execa, `shell: false`) in their own
 * process group, only when allowlisted and accepted by their argument policy, in a directory
 * inside the workspace, with an environment built from an explicit list, under a timeout that
 * kills the whole process tree, with output capped per stream. Deciding *who* may run a command
 * is the caller's job (the access manager); this bridge decides *what* can run safely.
 *
 * Throws a TypeError for options that can never be safe (a shell on the allowlist, `LD_PRELOAD`
 * on the environment allowlist); config validation refuses those earlier.
 */
export function createHostExec(options: HostExecOptions): HostExec {
  const envAllowlist = options.envAllowlist ?? DEFAULT_ENV_ALLOWLIST;
  assertOptions(options, envAllowlist);
  const logger = (options.logger ?? noopLogger).child({ component: 'host-exec' });
  const context: PlanContext = {
    allowlist: new Set(options.allowlist),
    policies: toPolicyTable(options.argumentPolicies ?? {}),
    envAllowlist,
    hostEnv: options.hostEnv ?? process.env,
    defaultTimeoutMs: options.defaultTimeoutMs,
    maxTimeoutMs: options.maxTimeoutMs ?? Math.max(TEN_MINUTES_MS, options.defaultTimeoutMs),
  };

  const check = (request: HostExecRequest): ResultAsync<HostExecPlan, KernelError> =>
    planHostCommand(request, context).mapErr((error) => {
      logger.warn({ command: request.command, code: error.code, err: error }, 'host command refused');
      return error;
    });

  const execute = (plan: HostExecPlan, request: HostExecRequest): ResultAsync<HostExecResult, KernelError> => {
    const signal = request.signal;
    const operation = `host command ${plan.command}`;
    if (signal?.aborted === true) return errAsync(abortedError(operation));
    logger.debug({ command: plan.command, argCount: plan.args.length, cwd: plan.cwd }, 'host command started');
    const spawned = spawnCaptured({
      file: plan.command,
      args: plan.args,
      cwd: plan.cwd,
      env: plan.env,
      stdin: request.stdin,
      timeoutMs: plan.timeoutMs,
      signal,
      maxOutputBytes: options.maxOutputBytes,
    });
    return spawned.andThen((outcome) => {
      const { ended, ...rest } = outcome;
      logger.debug(
        { command: plan.command, ended, exitCode: rest.exitCode, signal: rest.signal, durationMs: rest.durationMs },
        'host command ended',
      );
      if (ended === 'timeout') return errAsync(timeoutError(operation, plan.timeoutMs));
      if (ended === 'aborted') return errAsync(abortedError(operation));
      const truncated = rest.stdoutTruncated || rest.stderrTruncated;
      return okAsync({ command: plan.command, args: plan.args, cwd: plan.cwd, ...rest, truncated });
    });
  };

  return {
    check,
    run: (request) => check(request).andThen((plan) => execute(plan, request)),
  };
}
