import type {
  ContainerRecord,
  EvaluationRecord,
  Persona as KernelPersona,
  Program as KernelProgram,
  ProgramInfo,
  SeedRecord as KernelSeedRecord,
  Skill as KernelSkill,
  SkillSummary as KernelSkillSummary,
} from '@oxios/kernel';
import {
  ContainerSchema,
  EvaluationSchema,
  PersonaSchema,
  ProgramDetailSchema,
  ProgramSchema,
  SeedRecordSchema,
  SkillSchema,
  SkillSummarySchema,
  type Evaluation,
} from '@oxios/sdk-client';
import type {
  ContainerView,
  PersonaView,
  ProgramDetailView,
  ProgramView,
  SeedView,
  SkillSummaryView,
  SkillView,
} from '../views.js';

// Kernel records → the HTTP API's shapes (see ../views.ts), built as apps/server builds them and
// passed through the same sdk-client schemas the remote backend parses replies with (which fix
// the key order), so an embedded kernel and a server print the same bytes.

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

/** An installed program (host paths stay out, as the API keeps them). */
export const toProgramView = (info: ProgramInfo): ProgramView => {
  const { source } = info;
  return ProgramSchema.parse({
    name: info.name,
    version: info.version,
    description: info.description,
    author: info.author,
    enabled: info.enabled,
    source: {
      kind: source.kind,
      ...('url' in source ? { url: source.url } : {}),
      ...('ref' in source ? { ref: source.ref } : {}),
      ...('name' in source ? { name: source.name } : {}),
    },
    installedAt: iso(info.installedAt),
    tools: [...info.tools],
  });
};

/** A program with its tools (sorted by name), host requirements, MCP servers and SKILL.md body. */
export const toProgramDetailView = (program: KernelProgram): ProgramDetailView => {
  const { manifest } = program;
  return ProgramDetailSchema.parse({
    ...toProgramView(program),
    toolDefinitions: Object.entries(manifest.tools)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, tool]) => ({
        name,
        description: tool.description,
        command: [...tool.command],
        arguments: tool.arguments.map((argument) => ({
          name: argument.name,
          description: argument.description,
          type: argument.type,
          required: argument.required,
        })),
        timeoutSecs: tool.timeout_secs ?? null,
      })),
    hostRequirements: {
      required: [...manifest.host_requirements.required],
      optional: [...manifest.host_requirements.optional],
    },
    mcpServers: manifest.mcp.map((server) => server.name),
    skill: program.skill,
  });
};

export const toSkillSummaryView = (skill: KernelSkillSummary): SkillSummaryView =>
  SkillSummarySchema.parse({
    name: skill.name,
    description: skill.description,
    requirements: { host_tools: [...skill.requirements.host_tools], tools: [...skill.requirements.tools] },
  });

export const toSkillView = (skill: KernelSkill): SkillView =>
  SkillSchema.parse({ ...toSkillSummaryView(skill), body: skill.body });

export const toPersonaView = (persona: KernelPersona): PersonaView =>
  PersonaSchema.parse({ ...persona, traits: [...persona.traits], skills: [...persona.skills] });

export const toContainerView = (record: ContainerRecord): ContainerView =>
  ContainerSchema.parse({
    name: record.name,
    backend: record.backend,
    image: record.image,
    status: record.status,
    network: record.network,
    limits: { ...record.limits },
    labels: { ...record.labels },
    envNames: Object.keys(record.env).sort(),
    createdBy: record.createdBy,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
  });

export function toSeedView(record: KernelSeedRecord): SeedView {
  const { seedId: _seedId, ...execution } = record.execution;
  return SeedRecordSchema.parse({
    seed: record.seed,
    sessionId: record.sessionId,
    forced: record.forced,
    execution: { ...execution, tags: [...execution.tags] },
  });
}

export const toEvaluationView = (record: EvaluationRecord): Evaluation =>
  EvaluationSchema.parse({
    id: record.id,
    seedId: record.seedId,
    sessionId: record.sessionId,
    approved: record.approved,
    score: record.score,
    summary: record.summary,
    createdAt: iso(record.createdAt),
  });
