import type { OptionRule } from '../argument-policy.js';

/** An option rule that refuses `option` (and its attached, `=value` and bundled forms). */
export function deny(option: string, reason: string, scope?: OptionRule['scope']): OptionRule {
  return scope === undefined ? { option, effect: 'deny', reason } : { option, effect: 'deny', reason, scope };
}

/** An option rule whose value must resolve inside the workspace root. */
export function confine(option: string, reason: string, scope?: OptionRule['scope']): OptionRule {
  return scope === undefined
    ? { option, effect: 'workspace-path', reason }
    : { option, effect: 'workspace-path', reason, scope };
}
