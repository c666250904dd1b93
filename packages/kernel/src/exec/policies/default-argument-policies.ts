import type { ArgumentPolicy } from '../argument-policy.js';
import { GIT_POLICY } from './git.js';
import { HOST_TOOL_POLICIES } from './host-tools.js';
import { INTERPRETER_POLICIES } from './interpreters.js';
import { MACOS_POLICIES } from './macos.js';

/**
 * The built-in argument policies, keyed by canonical command name. `python3.12`, `nodejs` and
 * `Git.exe` find theirs through {@link canonicalCommandName}; `nodejs` is an alias of `node`.
 */
export const DEFAULT_ARGUMENT_POLICIES: Readonly<Record<string, ArgumentPolicy>> = {
  git: GIT_POLICY,
  ...HOST_TOOL_POLICIES,
  ...MACOS_POLICIES,
  ...INTERPRETER_POLICIES,
  nodejs: INTERPRETER_POLICIES.node ?? {},
};
