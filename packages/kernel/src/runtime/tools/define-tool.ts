import { toolJsonSchema } from './tool-json-schema.js';
import type { RuntimeTool, ToolDefinition } from './types.js';

/**
 * Declares a tool: its argument type is inferred from the zod schema, and the JSON Schema the
 * model is shown is derived from it once, here (tools are built once per runtime, not per run).
 */
export function defineTool<Args>(definition: ToolDefinition<Args>): RuntimeTool {
  return { ...definition, parameters: toolJsonSchema(definition.schema) } as unknown as RuntimeTool;
}
