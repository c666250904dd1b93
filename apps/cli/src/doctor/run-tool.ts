import { execFile } from 'node:child_process';

/** What running a short tool command gave. */
export interface ToolRun {
  readonly found: boolean;
  readonly ok: boolean;
  readonly output: string;
}

/**
 * Runs `command args` with PATH from `env`, killed after `timeoutMs`. Never throws: a missing
 * command is `found: false`, a failure `ok: false` with its stderr.
 */
export function runTool(
  command: string,
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  timeoutMs = 5000,
): Promise<ToolRun> {
  return new Promise((resolve) => {
    execFile(
      command,
      [...args],
      { env: { PATH: env.PATH ?? '', HOME: env.HOME ?? '' }, timeout: timeoutMs, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          resolve({ found: false, ok: false, output: '' });
          return;
        }
        resolve({ found: true, ok: error === null, output: `${stdout}${stderr}`.trim() });
      },
    );
  });
}
