import { createTempHome } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load-config.js';
import { createKernel } from '../../kernel.js';
import { buildSystemPrompt } from './build-system-prompt.js';
import { runInputFromPrompt } from './run-input-from-prompt.js';

describe('runInputFromPrompt', () => {
  it("turns the kernel's resolved prompt (persona, skills, programs) into run input", async () => {
    await using home = await createTempHome();
    const config = loadConfig({ env: home.env, initialize: true })._unsafeUnwrap();
    const kernel = createKernel(config, { env: {} })._unsafeUnwrap();
    const prompt = kernel.prompts.resolve()._unsafeUnwrap();
    const input = runInputFromPrompt(prompt);
    expect(input.persona).toMatchObject({ name: prompt.persona.name, prompt: prompt.persona.systemPrompt });
    expect(input.skills).toHaveLength(prompt.skills.length);
    expect(input.programs).toHaveLength(prompt.programSkills.length);
    const system = buildSystemPrompt({
      seed: { id: 's', goal: 'g', constraints: [], acceptanceCriteria: [] },
      environment: { workspaceRoot: home.path },
      ...input,
    });
    expect(system).toContain(`## Persona: ${prompt.persona.name}`);
    await kernel.close();
  });
});
