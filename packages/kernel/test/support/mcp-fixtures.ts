// A real stdio MCP server for tests (the testkit's, written with the MCP SDK) and a logger that
// keeps what it is given.
import { fakeMcpServerPath } from '@oxios/testkit';
import type { Logger } from '../../src/index.js';

/** A `[mcp.servers.<name>]` table running the testkit's fake MCP server with this Node.js. */
export function fakeMcpServerToml(name: string, env: Readonly<Record<string, string>> = {}, extra = ''): string {
  const pairs = Object.entries(env).map(([key, value]) => `${key} = ${JSON.stringify(value)}`);
  return [
    `[mcp.servers.${name}]`,
    `command = ${JSON.stringify(process.execPath)}`,
    `args = [${JSON.stringify(fakeMcpServerPath())}]`,
    `env = { ${pairs.join(', ')} }`,
    extra,
  ].join('\n');
}

/** One log call. */
export interface LogRecord {
  readonly level: 'error' | 'warn' | 'info' | 'debug';
  readonly fields: Record<string, unknown>;
  readonly message: string | undefined;
}

/** A logger that records every call (children share the records, bindings merged in). */
export function recordingLogger(
  records: LogRecord[] = [],
  bindings: Record<string, unknown> = {},
): Logger & {
  readonly records: LogRecord[];
} {
  const at =
    (level: LogRecord['level']) =>
    (fields: Record<string, unknown>, message?: string): void => {
      records.push({ level, fields: { ...bindings, ...fields }, message });
    };
  return {
    records,
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
    child: (more) => recordingLogger(records, { ...bindings, ...more }),
  };
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function waitUntil(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether a process is alive (signal 0). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
