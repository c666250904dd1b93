import type { ExecResult, Persona, ProgramManifest, ProgramSource, SeedRecord, SkillRequirements } from '@oxios/kernel';

// Shapes the CLI prints for seeds, programs, skills, personas and containers: the kernel's records
// made JSON-plain (ISO timestamps, secrets left out), so both backends print the same bytes.

/** A stored seed: the immutable spec, its session, whether the gate was forced, and its runs. */
export type SeedView = SeedRecord;

/** An installed program as listed. */
export interface ProgramView {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly author: string;
  readonly enabled: boolean;
  readonly source: ProgramSource | { readonly kind: 'unknown' };
  readonly installedAt: string;
  readonly path: string;
  readonly tools: readonly string[];
}

/** One program with its manifest and SKILL.md body (`program info`). */
export interface ProgramDetailView extends ProgramView {
  readonly manifest: ProgramManifest;
  readonly skill: string;
}

/** A skill as listed (without its body). */
export interface SkillSummaryView {
  readonly name: string;
  readonly description: string;
  readonly requirements: SkillRequirements;
  readonly path: string;
}

/** One skill with its body (`skill show`). */
export interface SkillView extends SkillSummaryView {
  readonly body: string;
}

/** A persona as stored (`personas/<id>.md`). */
export type PersonaView = Persona;

/** `persona list`: every persona and which one is the default. */
export interface PersonaListView {
  readonly items: readonly PersonaView[];
  readonly defaultId: string;
}

/** A project container; its environment is shown by name only (values may be secrets). */
export interface ContainerView {
  readonly name: string;
  readonly backend: string;
  readonly image: string;
  readonly status: string;
  readonly workspace: string;
  readonly network: boolean;
  readonly labels: Readonly<Record<string, string>>;
  readonly envNames: readonly string[];
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What `container exec` ran into. */
export type ContainerExecView = ExecResult;

/** Options of `container new`. */
export interface ContainerCreateInput {
  readonly name: string;
  readonly image?: string;
  readonly network?: boolean;
  readonly env?: Readonly<Record<string, string>>;
}
