import type {
  Container,
  ContainerExecResult,
  LineageGeneration,
  Persona,
  PersonaList,
  Program,
  ProgramDetail,
  SeedRecord,
  Skill,
  SkillSummary,
} from '@oxios/sdk-client';

// What the CLI prints for seeds, programs, skills, personas and containers: the HTTP API's shapes
// (`@oxios/sdk-client`), which the embedded backend builds from kernel records the way the server
// does, so both modes print the same bytes. Host paths stay out of them, as the API keeps them.

/** A stored seed: the immutable spec, its session, whether the gate was forced, and its runs. */
export type SeedView = SeedRecord;

/** One generation of a lineage, with its latest evaluation. */
export type LineageView = LineageGeneration;

/** An installed program as listed. */
export type ProgramView = Program;

/** One program with its tools, host requirements, MCP servers and SKILL.md body (`program info`). */
export type ProgramDetailView = ProgramDetail;

/** A skill as listed (without its body). */
export type SkillSummaryView = SkillSummary;

/** One skill with its body (`skill show`). */
export type SkillView = Skill;

/** A persona. */
export type PersonaView = Persona;

/** `persona list`: every persona and which one is the default. */
export type PersonaListView = PersonaList;

/** A project container; its environment is shown by name only (values may be secrets). */
export type ContainerView = Container;

/** What `container exec` ran into. */
export type ContainerExecView = ContainerExecResult;

/** Options of `container new`. */
export interface ContainerCreateInput {
  readonly name: string;
  readonly image?: string;
  readonly network?: boolean;
  readonly env?: Readonly<Record<string, string>>;
}
