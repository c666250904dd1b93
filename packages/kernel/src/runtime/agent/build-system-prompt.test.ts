import { describe, expect, it } from 'vitest';
import { buildSystemPrompt, buildTaskPrompt } from './build-system-prompt.js';

const seed = {
  id: 'seed_1',
  goal: 'Add a --json flag to the CLI.',
  constraints: ['Keep the default output unchanged'],
  acceptanceCriteria: [
    { description: 'cli --json prints JSON', verify: ['npm', 'test'] },
    { description: 'docs mention the flag', expectedArtifacts: ['docs/cli.md'] },
  ],
};

describe('buildSystemPrompt', () => {
  it('puts the seed, programs, persona and environment in order', () => {
    const prompt = buildSystemPrompt({
      seed,
      persona: { name: 'Reviewer', prompt: 'Be terse.' },
      skills: [{ name: 'tdd', text: 'Write the test first.' }],
      programs: [
        { name: 'lint', skill: '---\nname: lint\n---\nRun the linter.' },
        { name: 'empty', skill: '  ' },
      ],
      environment: {
        workspaceRoot: '/w',
        sandbox: { kind: 'bubblewrap', workspacePath: '/workspace' },
        hostCommands: ['git'],
      },
    });
    const order = [
      '## Goal',
      '## Constraints',
      '## Acceptance criteria',
      '## Available programs',
      '## Persona: Reviewer',
      '## Execution environment',
    ];
    const positions = order.map((heading) => prompt.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(prompt).toContain('1. cli --json prints JSON (verified by `npm test`)');
    expect(prompt).toContain('2. docs mention the flag (produces docs/cli.md)');
    expect(prompt).toContain('### lint\n---\nname: lint\n---\nRun the linter.');
    expect(prompt).not.toContain('### empty');
    expect(prompt).toContain('in a bubblewrap sandbox where the workspace is /workspace');
    expect(prompt).toContain('host_exec runs these host commands without a shell: git');
  });

  it('says when there is no sandbox and leaves out host_exec when it is not offered', () => {
    const prompt = buildSystemPrompt({ seed: { ...seed, constraints: [] }, environment: { workspaceRoot: '/w' } });
    expect(prompt).toContain('No sandbox is available');
    expect(prompt).not.toContain('host_exec');
    expect(prompt).not.toContain('## Constraints');
    expect(prompt).not.toContain('## Persona');
  });
});

describe('buildTaskPrompt', () => {
  it('restates the goal and when it is done', () => {
    expect(buildTaskPrompt(seed)).toBe(
      'Execute the following goal:\n\nAdd a --json flag to the CLI.\n\nIt is done when:\n1. cli --json prints JSON\n2. docs mention the flag',
    );
  });
});
