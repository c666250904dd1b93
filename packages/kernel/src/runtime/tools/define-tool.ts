import type { RuntimeTool } from './types.js';

/** Declares a tool with its argument type inferred from the schema, erased to `RuntimeTool` for tool lists. */
export function defineTool<Args>(tool: RuntimeTool<Args>): RuntimeTool {
  return tool as unknown as RuntimeTool;
}
