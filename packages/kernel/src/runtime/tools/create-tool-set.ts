import type { HostExec } from '../../exec/types.js';
import { createContainerExecTool } from './container-exec-tool.js';
import { createEditTool } from './edit-tool.js';
import { createFindTool } from './find-tool.js';
import { createGrepTool } from './grep-tool.js';
import { createHostExecTool } from './host-exec-tool.js';
import { createLsTool } from './ls-tool.js';
import { createReadTool } from './read-tool.js';
import type { RuntimeTool } from './types.js';
import { createWriteTool } from './write-tool.js';

/** Options of {@link createToolSet}. */
export interface ToolSetOptions {
  readonly hostExec?: HostExec | undefined;
  /** The host-exec allowlist, shown to the model. */
  readonly hostAllowlist?: readonly string[];
  readonly commandTimeoutMs: number;
  readonly maxCommandTimeoutMs: number;
  readonly maxOutputBytes: number;
}

/**
 * The standard agent tools: `read`, `write`, `edit`, `ls`, `grep`, `find` (confined to the
 * workspace by the path policy), `container_exec` (in the run's sandbox) and `host_exec` (through
 * the host-exec bridge, when one is given). Build it once; runs differ only in their ToolContext.
 */
export function createToolSet(options: ToolSetOptions): readonly RuntimeTool[] {
  const tools = [
    createReadTool(),
    createWriteTool(),
    createEditTool(),
    createLsTool(),
    createGrepTool(),
    createFindTool(),
    createContainerExecTool({
      defaultTimeoutMs: options.commandTimeoutMs,
      maxTimeoutMs: options.maxCommandTimeoutMs,
      maxOutputBytes: options.maxOutputBytes,
    }),
  ];
  if (options.hostExec !== undefined) {
    tools.push(createHostExecTool({ hostExec: options.hostExec, allowlist: options.hostAllowlist ?? [] }));
  }
  return tools;
}
