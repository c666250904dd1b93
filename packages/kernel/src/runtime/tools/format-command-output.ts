import type { ToolOutput } from './types.js';

/** How a command ended, from either the sandbox or the host bridge. */
export interface CommandOutcome {
  readonly exitCode: number | null;
  readonly signal?: string | null | undefined;
  readonly stdout: string;
  readonly stderr: string;
  readonly truncated?: boolean | undefined;
  readonly durationMs?: number | undefined;
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : ` after ${(ms / 1000).toFixed(1)} s`;
}

/**
 * A command's result as the model reads it: how it ended, then stdout and stderr. A non-zero
 * exit or a signal makes the result an error (the output is still shown).
 */
export function formatCommandOutput(outcome: CommandOutcome): ToolOutput {
  const ended =
    outcome.exitCode === null
      ? `killed by ${outcome.signal ?? 'a signal'}${seconds(outcome.durationMs)}`
      : `exit code ${outcome.exitCode}${seconds(outcome.durationMs)}`;
  const parts = [ended];
  if (outcome.stdout !== '') parts.push(`[stdout]\n${outcome.stdout.trimEnd()}`);
  if (outcome.stderr !== '') parts.push(`[stderr]\n${outcome.stderr.trimEnd()}`);
  if (outcome.stdout === '' && outcome.stderr === '') parts.push('(no output)');
  if (outcome.truncated === true) parts.push('[output was cut at the per-stream limit]');
  return {
    text: parts.join('\n'),
    isError: outcome.exitCode !== 0,
    truncate: 'head-tail',
    details: {
      exitCode: outcome.exitCode,
      ...(outcome.durationMs === undefined ? {} : { durationMs: outcome.durationMs }),
    },
  };
}
