import { errAsync, okAsync } from 'neverthrow';
import { unavailable } from '../../errors/constructors.js';
import type { HostExec } from '../../exec/types.js';
import type { ProgramToolDescriptor } from '../../programs/tools/tool-descriptor.js';
import { formatCommandOutput } from './format-command-output.js';
import type { RuntimeTool } from './types.js';

/** Options of {@link createProgramRuntimeTools}. */
export interface ProgramToolsOptions {
  /** The host-exec bridge host binaries run through; without it they are refused. */
  readonly hostExec: HostExec | undefined;
}

/** `program.<p>.<t>` as a name every provider accepts (`[a-zA-Z0-9_-]{1,64}`). */
function modelName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
}

/**
 * The enabled programs' tools (`kernel.programs.toolDescriptors()`) as runtime tools. The model
 * sees `program_<p>_<t>`; the access manager checks `program.<p>.<t>`. Arguments go through the
 * descriptor's own validation into its argv template (never a shell string). A host binary runs
 * through the host-exec bridge after the approval gate (`host-exec`), like `host_exec`; a program's
 * bundled binary is refused for now (it needs a sandbox that mounts the program's folder).
 */
export function createProgramRuntimeTools(
  descriptors: readonly ProgramToolDescriptor[],
  options: ProgramToolsOptions,
): readonly RuntimeTool[] {
  return descriptors.map((descriptor) => ({
    name: modelName(descriptor.name),
    accessName: descriptor.name,
    label: `${descriptor.program}: ${descriptor.tool}`,
    description: descriptor.description,
    schema: descriptor.argumentsSchema,
    parameters: { ...descriptor.parameters },
    summarize: () => descriptor.name,
    execute: (args, context) => {
      const prepared = descriptor.prepare(args);
      if (prepared.isErr()) return errAsync(prepared.error);
      const command = prepared.value;
      if (command.binary === 'bundled') {
        return errAsync(
          unavailable(
            'sandbox',
            `${descriptor.name} runs a program's own binary, which needs a sandbox; not available`,
          ),
        );
      }
      const { hostExec } = options;
      if (hostExec === undefined) return errAsync(unavailable('host-exec', 'host commands are not available'));
      const line = [command.command, ...command.args].join(' ').slice(0, 1_000);
      return context.access
        .gate({
          subject: context.subject,
          action: 'host-exec',
          resource: line,
          reason: `program tool ${descriptor.name}`,
          context: context.audit,
          signal: context.signal,
        })
        .andThen(() =>
          hostExec.run({
            command: command.command,
            args: command.args,
            workspaceRoot: context.workspaceRoot,
            ...(command.timeoutMs === undefined ? {} : { timeoutMs: command.timeoutMs }),
            signal: context.signal,
          }),
        )
        .andThen((outcome) => okAsync(formatCommandOutput(outcome)));
    },
  }));
}
