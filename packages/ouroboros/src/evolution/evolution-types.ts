import type { CriterionDraft, OntologyField, Seed } from '../seed/seed.js';

/**
 * A Wonder question ("what do we still not know?"). Grounded: a `challenge` names the criteria it
 * questions; a `gap` names something no criterion covers (and no keys).
 */
export interface WonderQuestion {
  readonly text: string;
  readonly kind: 'challenge' | 'gap';
  readonly criterionKeys: readonly string[];
}

/** The Wonder step's output. */
export interface WonderOutput {
  readonly questions: readonly WonderQuestion[];
  /** Tensions noticed in the ontology. */
  readonly tensions: readonly string[];
  readonly shouldContinue: boolean;
  readonly reasoning: string;
}

/** How Reflect treats one criterion: keep it, revise it (full new text) or add a new one. No remove. */
export type CriterionPatch =
  | { readonly action: 'keep'; readonly key: string }
  | { readonly action: 'revise'; readonly key: string; readonly criterion: CriterionDraft }
  | { readonly action: 'add'; readonly criterion: CriterionDraft };

/** A change to the ontology, with the reason. */
export type OntologyMutation =
  | { readonly action: 'add'; readonly field: OntologyField; readonly reason: string }
  | { readonly action: 'modify'; readonly field: OntologyField; readonly reason: string }
  | { readonly action: 'remove'; readonly name: string; readonly reason: string };

/** The Reflect step's output ("how should the spec evolve?"). Goal and constraints are never changed. */
export interface ReflectOutput {
  readonly patches: readonly CriterionPatch[];
  readonly mutations: readonly OntologyMutation[];
  readonly reasoning: string;
}

/** A successor seed and how it was derived. */
export interface DerivedSeed {
  readonly seed: Seed;
  /** Keys of criteria that passed and were carried over unchanged. */
  readonly frozen: readonly string[];
  /** Keys of passed criteria whose `revise` patch was ignored because they are frozen. */
  readonly overridden: readonly string[];
}

/** One evolution step: Wonder, Reflect and the successor seed they produced. */
export interface Evolution extends DerivedSeed {
  readonly wonder: WonderOutput;
  readonly reflect: ReflectOutput;
}
