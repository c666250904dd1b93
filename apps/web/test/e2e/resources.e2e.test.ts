import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTempHome } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, visible } from './browser.js';
import { SERVER_BIN, startDashboardServer, watchPage } from './harness.js';
import { commitProgramRepository, packProgramTarball, serveProgramTarball } from './program-sources.js';

const artifacts = fileURLToPath(new URL('../../.artifacts/e2e-resources/', import.meta.url));

describe('programs, skills, personas, containers and usage in headless Chromium against the real server', () => {
  it('installs and toggles a program, edits a skill and a persona, runs commands in a bwrap container, shows budgets', async () => {
    expect(existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM} (apt-get install chromium)`).toBe(true);
    expect(existsSync(SERVER_BIN), 'build apps/server first').toBe(true);
    mkdirSync(artifacts, { recursive: true });
    await using home = await createTempHome();
    await using served = await serveProgramTarball(home.path, 'parrot');
    const repository = commitProgramRepository(home.path, 'mimic');
    const archive = packProgramTarball(home.path, 'courier');
    writeFileSync(
      join(home.path, 'config.toml'),
      '[scheduler.rate_limits.anthropic]\nrequests_per_minute = 50\ntokens_per_minute = 40000\n',
    );
    await using dashboard = await startDashboardServer({ ...home.env }, 230_000);
    const { origin, loginCode, admin } = dashboard;

    await using context = await launchChromium({ width: 1280, height: 900 });
    const { page, requests, problems, shot, nav } = await watchPage(context, artifacts);
    const heading = (name: string) => page.getByRole('heading', { name, level: 1 });

    await page.goto(`${origin}/#login=${loginCode}`);
    await visible(heading('Overview'));

    // 1. Programs: a git repository in a folder on the server installs by its path (a relative path
    //    is refused in the form); a tarball URL installs; disable one, then read its tools.
    await nav('Programs').click();
    await visible(heading('Programs'));
    await page.getByLabel('Folder on the server').check();
    const pathField = page.getByLabel("Folder path on the server's machine");
    await pathField.fill('programs/mimic');
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await visible(page.getByRole('alert').getByText(/Give the absolute path of the folder/));
    await pathField.fill(repository);
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await visible(page.getByRole('status').getByText('Installed mimic 1.0.0 with 1 tool.'));
    await visible(page.locator('tr').filter({ hasText: 'mimic' }).getByText(`git file://${repository}`));
    await page.getByLabel('Tarball URL').check();
    await page.getByLabel('Tarball URL', { exact: true }).last().fill(served.url);
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await visible(page.getByRole('status').getByText('Installed parrot 1.0.0 with 1 tool.'));
    // An archive file from this computer is uploaded, and recorded by its file name.
    await page.getByLabel('Archive file from this computer').check();
    await page.getByLabel('Archive file', { exact: true }).setInputFiles(archive);
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await visible(page.getByRole('status').getByText('Installed courier 1.0.0 with 1 tool.'));
    await visible(page.locator('tr').filter({ hasText: 'courier' }).getByText('upload courier.tgz'));
    expect((await admin.programs.get('courier'))._unsafeUnwrap().source).toEqual({
      kind: 'upload',
      fileName: 'courier.tgz',
    });
    const row = page.locator('tr').filter({ hasText: 'parrot' });
    await visible(row.getByText('enabled', { exact: true }));
    await row.getByRole('button', { name: 'Disable parrot' }).click();
    await visible(row.getByText('disabled', { exact: true }));
    expect((await admin.programs.get('parrot'))._unsafeUnwrap().enabled).toBe(false);
    await shot('01-programs');
    await row.getByRole('link', { name: 'parrot' }).click();
    await visible(heading('Program parrot'));
    await visible(page.locator('tr').filter({ hasText: 'echo' }).getByText('echo -- {text}'));
    await visible(page.getByText('Use parrot to repeat a text.'));
    await page.getByRole('button', { name: 'Enable' }).click();
    await visible(page.getByText('enabled', { exact: true }));
    expect((await admin.programs.get('parrot'))._unsafeUnwrap().enabled).toBe(true);
    await shot('02-program-detail');

    // 2. Skills: write one, then edit its description; the server keeps the edit.
    await nav('Skills').click();
    await page.getByLabel('Name', { exact: true }).fill('release-notes');
    await page.getByLabel('Description').fill('Write release notes');
    await page.getByLabel('Instructions (SKILL.md)').fill('List every change since the last tag.');
    await page.getByLabel('Host commands it needs').fill('git');
    await page.getByRole('button', { name: 'Create skill' }).click();
    await visible(heading('Skill release-notes'));
    await visible(page.getByTestId('skill-description').getByText('Write release notes'));
    await page.getByLabel('Description').fill('Write short release notes');
    await page.getByRole('button', { name: 'Save skill' }).click();
    await visible(page.getByTestId('skill-description').getByText('Write short release notes'));
    expect((await admin.skills.get('release-notes'))._unsafeUnwrap()).toMatchObject({
      description: 'Write short release notes',
      body: 'List every change since the last tag.',
      requirements: { host_tools: ['git'], tools: [] },
    });
    await shot('03-skill-edited');

    // 3. Personas: create one, make it the default, rename it.
    await nav('Personas').click();
    await page.getByLabel('Id', { exact: true }).fill('reviewer');
    await page.getByLabel('Name', { exact: true }).fill('Reviewer');
    await page.getByLabel('Role', { exact: true }).fill('code reviewer');
    await page.getByLabel('System prompt').fill('You review code carefully.');
    await page.getByLabel('Skills').fill('release-notes');
    await page.getByRole('button', { name: 'Create persona' }).click();
    await visible(heading('Persona reviewer'));
    await page.getByRole('button', { name: 'Make default' }).click();
    await visible(page.locator('.panel').first().getByText('default', { exact: true }));
    await page.getByLabel('Name', { exact: true }).fill('Careful reviewer');
    await page.getByRole('button', { name: 'Save persona' }).click();
    await visible(page.getByText('Careful reviewer', { exact: true }));
    const personas = (await admin.personas.list())._unsafeUnwrap();
    expect(personas.defaultId).toBe('reviewer');
    expect(personas.items.find((persona) => persona.id === 'reviewer')).toMatchObject({
      name: 'Careful reviewer',
      skills: ['release-notes'],
    });
    await shot('04-persona');

    // 4. Containers: what bwrap enforces here, a new container, a command in its console, stop.
    await nav('Containers').click();
    const enforces = page.getByTestId('backend-enforces');
    await visible(page.getByRole('region', { name: 'Sandbox backend' }).getByText('available', { exact: true }));
    await visible(enforces.getByText(/Linux namespaces/));
    await visible(enforces.locator('dt', { hasText: 'filesystem isolation' }));
    await page.getByLabel('Name', { exact: true }).fill('box');
    await page.getByRole('button', { name: 'Create container' }).click();
    await visible(heading('Container box'));
    await visible(page.getByTestId('container-state').getByText('running'));
    await page.getByLabel('Command to run in box').fill(`sh -c 'echo "hi from $0"; echo oops >&2; exit 3' box`);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const run = page.getByTestId('console-run').first();
    await visible(run.getByText('exit 3'));
    expect(await run.locator('pre').first().textContent()).toBe('hi from box\n');
    expect(await run.getByLabel('Standard error').textContent()).toBe('oops\n');
    await page.getByLabel('Command to run in box').fill(`echo 'open`);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await visible(page.getByRole('alert').getByText('A quote is not closed.'));
    await shot('05-container-console');
    await page.getByRole('button', { name: 'Stop' }).click();
    await visible(page.getByTestId('container-state').getByText('stopped'));
    expect((await admin.containers.get('box'))._unsafeUnwrap().status).toBe('stopped');
    await nav('Containers').click();
    await visible(page.locator('tr').filter({ hasText: 'box' }).getByText('stopped'));
    await shot('06-containers');

    // 5. Usage with nothing spent yet, and the budgets from the configuration.
    await nav('Usage').click();
    await visible(page.getByText('No LLM requests in the last 14 days.'));
    const budgets = page.getByRole('region', { name: 'Budgets' });
    await visible(budgets.locator('tr').filter({ hasText: 'Per session' }).getByText('$25.00'));
    await visible(budgets.locator('tr').filter({ hasText: 'Per agent run' }).getByText('$5.00'));
    await shot('07-usage-empty');

    // 6. The scheduler's rate-limit budget, as configured, beside the agents.
    await nav('Agents').click();
    const limits = page.getByRole('region', { name: 'Rate-limit budget' });
    const anthropic = limits.locator('tr').filter({ hasText: 'anthropic' });
    await visible(anthropic.getByText('50', { exact: true }));
    await visible(anthropic.getByText('40.0k', { exact: true }));
    await shot('08-rate-limits');

    // 7. The phone width: the console page does not overflow sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, title] of [
      ['/programs', 'Programs'],
      ['/programs/parrot', 'Program parrot'],
      ['/skills/release-notes', 'Skill release-notes'],
      ['/personas', 'Personas'],
      ['/usage', 'Usage'],
      ['/containers/box', 'Container box'],
    ] as const) {
      await page.goto(`${origin}${path}`);
      await visible(heading(title));
      // On failure, the message names the elements that stick out (clipped ones inside a
      // scrolling table count: an absolutely positioned child can escape the clipping).
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((element) => element.getBoundingClientRect().right > 391)
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      );
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${path}: ${wide.join(' ')}`,
      ).toBeLessThanOrEqual(390);
    }
    await shot('09-container-phone');

    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(problems).toEqual([]);
  }, 230_000);
});
