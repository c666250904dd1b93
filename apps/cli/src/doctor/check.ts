/** The verdict of one doctor check. */
export type CheckStatus = 'pass' | 'warn' | 'fail';

/** One line of `oxios doctor`: what was checked, the verdict, and how to fix it when not `pass`. */
export interface Check {
  readonly id: string;
  readonly status: CheckStatus;
  readonly summary: string;
  readonly fix?: string;
  /** Further lines for people (e.g. what the sandbox enforces), printed under the summary. */
  readonly details?: readonly string[];
}

/** Builds a check, leaving out an absent fix. */
export function check(id: string, status: CheckStatus, summary: string, fix?: string): Check {
  return { id, status, summary, ...(fix === undefined ? {} : { fix }) };
}
