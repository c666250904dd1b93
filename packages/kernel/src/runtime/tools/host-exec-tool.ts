import { errAsync } from 'neverthrow';
import { z } from 'zod';
import { unavailable } from '../../errors/constructors.js';
import type { HostExec } from '../../exec/types.js';
import { defineTool } from './define-tool.js';
import { formatCommandOutput } from './format-command-output.js';
import type { RuntimeTool } from './types.js';

/** Options of {@link createHostExecTool}. */
export interface HostExecToolOptions {
  /** The host-exec bridge; undefined when host commands are not offered (the tool then refuses). */
  readonly hostExec: HostExec | undefined;
  /** Commands the bridge allows, for the tool description. */
  readonly allowlist: readonly string[];
}

const HostExecArgumentsSchema = z.strictObject({
  command: z.string().min(1).max(255).describe('Bare name of an allowlisted host command, e.g. "git"'),
  args: z.array(z.string().max(32_768)).max(1_000).optional().describe('Arguments, passed as-is (no shell)'),
  cwd: z.string().min(1).max(4_096).optional().describe('Working directory relative to the workspace'),
  timeout_secs: z.number().int().min(1).max(86_400).optional().describe('Kill the command after this many seconds'),
});

/** The command line as shown to reviewers and in events (bounded). */
function commandLine(command: string, args: readonly string[] | undefined): string {
  return [command, ...(args ?? [])].join(' ').slice(0, 1_000);
}

/**
 * `host_exec`: an allowlisted command on the host, through the host-exec bridge (argument
 * policy, scrubbed environment, workspace-confined directory, tree kill). Commands the access
 * manager's `require_approval` covers wait for a human's approval first.
 */
export function createHostExecTool(options: HostExecToolOptions): RuntimeTool {
  const allowed = options.allowlist.length === 0 ? 'none' : options.allowlist.join(', ');
  return defineTool({
    name: 'host_exec',
    label: 'Run on host',
    description:
      `Run an allowlisted command directly on the host (no shell), e.g. git. Allowed: ${allowed}. ` +
      'Some commands wait for a human to approve them. Prefer container_exec for building and testing.',
    schema: HostExecArgumentsSchema,
    summarize: (args) => `host_exec ${commandLine(args.command, args.args).slice(0, 160)}`,
    execute: (args, context) => {
      const { hostExec } = options;
      if (hostExec === undefined) {
        return errAsync(unavailable('host-exec', 'host commands are not available to this agent'));
      }
      return context.access
        .gate({
          subject: context.subject,
          action: 'host-exec',
          resource: commandLine(args.command, args.args),
          reason: 'an agent tool call (host_exec)',
          context: context.audit,
          signal: context.signal,
        })
        .andThen(() =>
          hostExec.run({
            command: args.command,
            args: args.args ?? [],
            workspaceRoot: context.workspaceRoot,
            ...(args.cwd === undefined ? {} : { cwd: args.cwd }),
            ...(args.timeout_secs === undefined ? {} : { timeoutMs: args.timeout_secs * 1000 }),
            signal: context.signal,
          }),
        )
        .map(formatCommandOutput);
    },
  });
}
