import type { ContainerRecord, Program, ProgramInfo, Skill, SkillSummary } from '@oxios/kernel';
import type { ContainerView, ProgramDetailView, ProgramView, SkillSummaryView, SkillView } from '../views.js';

// Kernel records → the shapes the CLI prints (see ../views.ts).

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

export const toProgramView = (program: ProgramInfo): ProgramView => ({
  name: program.name,
  version: program.version,
  description: program.description,
  author: program.author,
  enabled: program.enabled,
  source: program.source,
  installedAt: iso(program.installedAt),
  path: program.path,
  tools: program.tools,
});

export const toProgramDetailView = (program: Program): ProgramDetailView => ({
  ...toProgramView(program),
  manifest: program.manifest,
  skill: program.skill,
});

export const toSkillSummaryView = (skill: SkillSummary): SkillSummaryView => ({
  name: skill.name,
  description: skill.description,
  requirements: skill.requirements,
  path: skill.path,
});

export const toSkillView = (skill: Skill): SkillView => ({ ...toSkillSummaryView(skill), body: skill.body });

export const toContainerView = (record: ContainerRecord): ContainerView => ({
  name: record.name,
  backend: record.backend,
  image: record.image,
  status: record.status,
  workspace: record.workspace,
  network: record.network,
  labels: record.labels,
  envNames: Object.keys(record.env).sort(),
  createdBy: record.createdBy,
  createdAt: iso(record.createdAt),
  updatedAt: iso(record.updatedAt),
});
