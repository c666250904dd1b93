import { errAsync } from 'neverthrow';
import { z } from 'zod';
import { invalidArgument, unavailable } from '../../errors/constructors.js';
import { defineTool } from './define-tool.js';
import { formatCommandOutput } from './format-command-output.js';
import type { RuntimeTool } from './types.js';

/** Options of {@link createContainerExecTool}. */
export interface ContainerExecToolOptions {
  readonly defaultTimeoutMs: number;
  readonly maxTimeoutMs: number;
  readonly maxOutputBytes: number;
}

const ContainerExecArgumentsSchema = z.strictObject({
  command: z.string().min(1).max(100_000).describe('Shell command, run with sh -c inside the sandbox'),
  cwd: z
    .string()
    .min(1)
    .max(4_096)
    .optional()
    .describe('Working directory relative to the workspace. Default: the workspace'),
  timeout_secs: z.number().int().min(1).max(86_400).optional().describe('Kill the command after this many seconds'),
  env: z
    .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.string().max(32_768))
    .optional()
    .describe('Extra environment variables'),
});

/**
 * The working directory to ask the sandbox for: undefined for the workspace itself, else the
 * workspace-relative path (sandboxes resolve relative paths from their workspace); `..` and
 * absolute paths are refused.
 */
function sandboxDirectory(cwd: string | undefined): { readonly ok: boolean; readonly cwd?: string } {
  if (cwd === undefined) return { ok: true };
  const segments = cwd.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (cwd.startsWith('/') || segments.includes('..')) return { ok: false };
  return segments.length === 0 ? { ok: true } : { ok: true, cwd: segments.join('/') };
}

/** `container_exec`: a shell command in the run's sandbox (`context.sandbox`); refused when there is none. */
export function createContainerExecTool(options: ContainerExecToolOptions): RuntimeTool {
  return defineTool({
    name: 'container_exec',
    label: 'Run in sandbox',
    description:
      'Run a shell command (sh -c) in the project sandbox, with the workspace as the working directory. ' +
      'Use it to build, test and run code. Output is cut when long; a non-zero exit is reported as an error.',
    schema: ContainerExecArgumentsSchema,
    summarize: (args) => `container_exec ${args.command.split('\n')[0]?.slice(0, 120) ?? ''}`,
    execute: (args, context) => {
      const { sandbox } = context;
      if (sandbox === undefined) {
        return errAsync(
          unavailable(
            'sandbox',
            'no sandbox is available for this project, so commands cannot run: install bubblewrap (Linux) or ' +
              "Apple's container (macOS), or let an administrator enable the host backend. Use the file tools meanwhile.",
          ),
        );
      }
      const directory = sandboxDirectory(args.cwd);
      if (!directory.ok) return errAsync(invalidArgument('cwd', 'must be a directory inside the workspace'));
      const timeoutMs = Math.min((args.timeout_secs ?? options.defaultTimeoutMs / 1000) * 1000, options.maxTimeoutMs);
      return sandbox
        .exec(['sh', '-c', args.command], {
          ...(directory.cwd === undefined ? {} : { cwd: directory.cwd }),
          timeoutMs,
          signal: context.signal,
          maxOutputBytes: options.maxOutputBytes,
          ...(args.env === undefined ? {} : { env: args.env }),
        })
        .map(formatCommandOutput);
    },
  });
}
