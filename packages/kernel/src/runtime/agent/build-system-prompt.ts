import type { RuntimePersona, RuntimeProgram, RuntimeSeed, RuntimeSkill } from './types.js';

/** Where the agent works and how it can run commands. */
export interface PromptEnvironment {
  readonly workspaceRoot: string;
  /** The sandbox's kind and where the workspace appears in it; undefined when there is none. */
  readonly sandbox?: { readonly kind: string; readonly workspacePath: string } | undefined;
  /** Host commands `host_exec` may run; undefined when host_exec is not offered. */
  readonly hostCommands?: readonly string[] | undefined;
}

/** Everything the system prompt is built from. */
export interface SystemPromptInput {
  readonly seed: RuntimeSeed;
  readonly environment: PromptEnvironment;
  readonly persona?: RuntimePersona | undefined;
  readonly programs?: readonly RuntimeProgram[] | undefined;
  readonly skills?: readonly RuntimeSkill[] | undefined;
}

function numbered(items: readonly string[]): string {
  return items.map((item, index) => `${index + 1}. ${item}`).join('\n');
}

function criterion(item: RuntimeSeed['acceptanceCriteria'][number]): string {
  const checks = [
    item.verify && item.verify.length > 0 ? `verified by \`${item.verify.join(' ')}\`` : '',
    item.expectedArtifacts && item.expectedArtifacts.length > 0 ? `produces ${item.expectedArtifacts.join(', ')}` : '',
  ].filter((part) => part !== '');
  return checks.length === 0 ? item.description : `${item.description} (${checks.join('; ')})`;
}

function environment(input: PromptEnvironment): string {
  const lines = [
    `- Your workspace is ${input.workspaceRoot}. File tools (read, write, edit, ls, grep, find) take paths relative to it and cannot leave it.`,
  ];
  lines.push(
    input.sandbox
      ? `- container_exec runs shell commands in a ${input.sandbox.kind} sandbox where the workspace is ${input.sandbox.workspacePath}: build, test and run code there.`
      : '- No sandbox is available: container_exec will refuse; work with the file tools.',
  );
  if (input.hostCommands !== undefined) {
    const list = input.hostCommands.length === 0 ? 'none' : input.hostCommands.join(', ');
    lines.push(`- host_exec runs these host commands without a shell: ${list}. Some wait for a human to approve.`);
  }
  lines.push('- A tool error tells you what went wrong; adjust and continue rather than repeating the same call.');
  return lines.join('\n');
}

/**
 * The agent's system prompt: its role, the seed (goal, constraints, acceptance criteria), the
 * enabled programs' SKILL.md, the selected skills, the persona, and the execution environment — in
 * that order, each section present only when it has content.
 */
export function buildSystemPrompt(input: SystemPromptInput): string {
  const { seed } = input;
  const sections = ['You are an autonomous agent executing one specific task.', `## Goal\n${seed.goal}`];
  if (seed.constraints.length > 0) sections.push(`## Constraints\n${numbered(seed.constraints)}`);
  if (seed.acceptanceCriteria.length > 0) {
    sections.push(`## Acceptance criteria\n${numbered(seed.acceptanceCriteria.map(criterion))}`);
  }
  const programs = (input.programs ?? []).filter((program) => program.skill.trim() !== '');
  if (programs.length > 0) {
    const blocks = programs.map((program) => `### ${program.name}\n${program.skill.trim()}`);
    sections.push(
      `## Available programs\nThese programs are installed; follow their instructions.\n\n${blocks.join('\n\n')}`,
    );
  }
  const skills = (input.skills ?? []).filter((skill) => skill.text.trim() !== '');
  if (skills.length > 0) {
    sections.push(`## Skills\n${skills.map((skill) => `### ${skill.name}\n${skill.text.trim()}`).join('\n\n')}`);
  }
  if (input.persona && input.persona.prompt.trim() !== '') {
    sections.push(`## Persona: ${input.persona.name}\n${input.persona.prompt.trim()}`);
  }
  sections.push(`## Execution environment\n${environment(input.environment)}`);
  sections.push(
    'Use the tools to accomplish the goal. Work methodically, verify your work against the acceptance ' +
      'criteria, and finish with a short summary of what you did.',
  );
  return sections.join('\n\n');
}

/** The first user message of a run: the task, restated. */
export function buildTaskPrompt(seed: RuntimeSeed): string {
  const criteria =
    seed.acceptanceCriteria.length === 0
      ? ''
      : `\n\nIt is done when:\n${numbered(seed.acceptanceCriteria.map((item) => item.description))}`;
  return `Execute the following goal:\n\n${seed.goal}${criteria}`;
}
