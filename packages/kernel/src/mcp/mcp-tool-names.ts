import { createHash } from 'node:crypto';

/** What an MCP tool name may be to become `mcp.<server>.<tool>` (the access manager's tool names). */
export const MCP_TOOL_NAME_PATTERN = /^[A-Za-z0-9_.:-]{1,120}$/;

/** `mcp.<server>.<tool>`: the name the access manager checks and roles grant (`mcp.github.*`). */
export function mcpAccessName(server: string, tool: string): string {
  return `mcp.${server}.${tool}`;
}

/**
 * The name the model calls: `mcp_<server>_<tool>`, within what every provider accepts
 * (`[a-zA-Z0-9_-]{1,64}`). A name that had to be changed (a `.` or `:` replaced) or shortened
 * gets 8 hex characters of the access name's hash, so two tools never share a wire name. The
 * runtime maps it back through the tool it built, never by parsing.
 */
export function mcpWireName(server: string, tool: string): string {
  const plain = `mcp_${server}_${tool}`;
  const safe = plain.replace(/[^A-Za-z0-9_-]/g, '_');
  if (safe === plain && safe.length <= 64) return safe;
  const hash = createHash('sha256').update(mcpAccessName(server, tool)).digest('hex').slice(0, 8);
  return `${safe.slice(0, 55)}_${hash}`;
}
