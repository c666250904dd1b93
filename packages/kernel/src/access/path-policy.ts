import { compileGlobs, type GlobSet } from './compile-globs.js';
import type { PathOperation } from './types.js';

/** One layer of path rules, e.g. the global deny list, a role, or an agent's permissions. */
export interface PathLayer {
  /** Names the layer in rules: `global`, `role:user`, `agent`. */
  readonly name: string;
  /** Globs the path must match; `undefined` means this layer does not restrict (only denies). */
  readonly allow?: readonly string[];
  readonly deny?: readonly string[];
  /** Globs that may be read and listed but not written or deleted. */
  readonly readOnly?: readonly string[];
}

/** The outcome of a policy evaluation. */
export interface PathDecision {
  readonly allowed: boolean;
  /** E.g. `allow:role:user:**`, `deny:global:**\/.ssh{,/**}`, `not-allowed:agent`, `read-only:agent:…`. */
  readonly rule: string;
  readonly reason: string;
}

/** A compiled path policy: pure and synchronous (no filesystem access). */
export interface PathPolicy {
  /**
   * Decides for a path given relative to the workspace (`/`-separated, empty for the root) and
   * as an absolute real path. `lexical`, when it differs, is the workspace-relative path as
   * requested (before symlinks): deny globs are checked against it too.
   */
  decide(relative: string, absolute: string, operation: PathOperation, lexical?: string): PathDecision;
}

interface CompiledSet {
  readonly relative: GlobSet;
  readonly absolute: GlobSet;
}

interface CompiledLayer {
  readonly name: string;
  readonly allow: CompiledSet | undefined;
  readonly deny: CompiledSet;
  readonly readOnly: CompiledSet;
}

// Deny-side globs match case-insensitively (wider is safer); allow globs match exactly (narrower is safer).
function compileSet(patterns: readonly string[] | undefined, nocase: boolean): CompiledSet {
  const list = patterns ?? [];
  return {
    relative: compileGlobs(
      list.filter((pattern) => !pattern.startsWith('/')),
      { nocase },
    ),
    absolute: compileGlobs(
      list.filter((pattern) => pattern.startsWith('/')),
      { nocase },
    ),
  };
}

function matchSet(set: CompiledSet, relative: string, absolute: string): string | undefined {
  return set.relative.match(relative) ?? set.absolute.match(absolute);
}

const WRITES: ReadonlySet<PathOperation> = new Set(['write', 'delete']);

/**
 * Compiles layers into one policy. Evaluation: any deny glob of any layer denies (deny wins);
 * then read-only globs deny writes and deletes; then every layer that has an allow list must
 * match; otherwise allowed. Relative globs match the path inside the workspace, absolute globs
 * (`/etc/**`) the real path.
 */
export function compilePathPolicy(layers: readonly PathLayer[]): PathPolicy {
  const compiled: CompiledLayer[] = layers.map((layer) => ({
    name: layer.name,
    allow: layer.allow === undefined ? undefined : compileSet(layer.allow, false),
    deny: compileSet(layer.deny, true),
    readOnly: compileSet(layer.readOnly, true),
  }));
  return {
    decide(relative, absolute, operation, lexical) {
      for (const layer of compiled) {
        const denied =
          matchSet(layer.deny, relative, absolute) ??
          (lexical === undefined || lexical === relative ? undefined : layer.deny.relative.match(lexical));
        if (denied !== undefined) {
          return {
            allowed: false,
            rule: `deny:${layer.name}:${denied}`,
            reason: `denied by ${layer.name} glob "${denied}"`,
          };
        }
      }
      if (WRITES.has(operation)) {
        for (const layer of compiled) {
          const readOnly = matchSet(layer.readOnly, relative, absolute);
          if (readOnly !== undefined) {
            return {
              allowed: false,
              rule: `read-only:${layer.name}:${readOnly}`,
              reason: `${layer.name} glob "${readOnly}" is read-only`,
            };
          }
        }
      }
      let rule = 'allow';
      for (const layer of compiled) {
        if (layer.allow === undefined) continue;
        const allowed = matchSet(layer.allow, relative, absolute);
        if (allowed === undefined) {
          return { allowed: false, rule: `not-allowed:${layer.name}`, reason: `no ${layer.name} glob allows it` };
        }
        rule = `allow:${layer.name}:${allowed}`;
      }
      return { allowed: true, rule, reason: 'allowed' };
    },
  };
}
