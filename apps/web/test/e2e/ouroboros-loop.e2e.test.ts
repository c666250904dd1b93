import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTempHome, startFakeLlm } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, visible } from './browser.js';
import { SERVER_BIN, startDashboardServer, watchPage } from './harness.js';
import { AGENT_OPENING, CRITERION, QUESTION, createLoopResponder } from './loop-responder.js';

/** The stepper's phases in loop order. */
const LOOP_ORDER = ['Interview', 'Seed', 'Execute', 'Evaluate', 'Evolve'];

const artifacts = fileURLToPath(new URL('../../.artifacts/e2e-loop/', import.meta.url));

/** The server's LLM is the fake one, reached over loopback; everything else is the default config. */
function writeConfig(home: string, fakeBaseUrl: string): void {
  const toml = [
    '[llm]',
    'default_model = "fake/claude-sonnet-4-5"',
    '[llm.providers.fake]',
    'kind = "anthropic"',
    `base_url = "${fakeBaseUrl}"`,
    'api_key_env = "FAKE_LLM_KEY"',
  ];
  writeFileSync(join(home, 'config.toml'), `${toml.join('\n')}\n`);
}

describe('the Ouroboros loop, live in the dashboard (real server, fake LLM, headless Chromium)', () => {
  it('interviews, forces the gate with a reason, waits for a host-command approval, passes, shows lineage and audit', async () => {
    expect(existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM} (apt-get install chromium)`).toBe(true);
    expect(existsSync(SERVER_BIN), 'build apps/server first').toBe(true);
    mkdirSync(artifacts, { recursive: true });
    const model = createLoopResponder();
    await using fake = await startFakeLlm({ responder: model.respond });
    await using home = await createTempHome();
    writeConfig(home.path, fake.anthropicBaseUrl);
    await using dashboard = await startDashboardServer({ ...home.env, FAKE_LLM_KEY: 'sk-fake' }, 280_000);
    const { origin, loginCode, admin } = dashboard;

    await using context = await launchChromium({ width: 1280, height: 900 });
    const { page, requests, problems, shot, nav } = await watchPage(context, artifacts);
    const currentStep = page.locator('.stepper [aria-current="step"] .step-label');
    // The phases the stepper showed as current, in order (recorded in the page as it changes).
    const recordedPhases = async () =>
      (await page.evaluate(() => (window as unknown as { phasesSeen: string[] }).phasesSeen)).filter(
        (phase) => phase !== 'none',
      );

    // 1. Log in as admin with the one-time link (admins may run host commands).
    await page.goto(`${origin}/#login=${loginCode}`);
    await visible(page.getByRole('heading', { name: 'Overview', level: 1 }));
    await visible(page.locator('.topbar-status').getByText('live'));
    // Record every phase the stepper shows, as it shows it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { phasesSeen: string[] }).phasesSeen = seen;
      new MutationObserver(() => {
        const label = document.querySelector('.stepper [aria-current="step"] .step-label')?.textContent ?? 'none';
        if (seen.at(-1) !== label) seen.push(label);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await shot('01-logged-in');

    // 2. Send a request: Oxios finds it ambiguous and asks; the ambiguity score is shown.
    await nav('Chat').click();
    await page.getByLabel('New session title (optional)').fill('Greeting file');
    await page.getByRole('button', { name: 'Start session' }).click();
    await visible(page.getByRole('heading', { name: 'Greeting file', level: 2 }));
    await page.getByLabel('Message').fill('Write a greeting file');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const question = await visible(page.getByTestId('open-question'));
    expect(await question.textContent()).toBe(QUESTION);
    await visible(page.getByTestId('ambiguity').getByText('0.70'));
    await visible(page.getByRole('meter', { name: 'Ambiguity 0.70 of 1' }));
    expect(await currentStep.textContent()).toBe('Interview');
    await shot('02-interview-question');

    // 3. Answer it, forcing the gate open with a reason: seed, then execution. The agent's
    //    streamed text and tool calls appear live; its read of /etc/passwd is denied, and its
    //    host command waits for an approval.
    await page.getByLabel('Your answer to question 1').fill('hello.txt, saying exactly hello');
    await page.getByLabel(/Start work now/).check();
    await page.getByLabel('Reason for forcing').fill('the answer settles it');
    await page.getByRole('button', { name: 'Send answer and start work' }).click();
    await visible(page.getByText('Work was forced to start before the interview was scored'));
    await visible(page.getByText('Reason: the answer settles it', { exact: false }));
    await visible(currentStep.getByText('Execute'));
    await visible(page.locator('.agent-output').getByText(AGENT_OPENING));
    const denied = page.locator('.tool-call-failed').filter({ hasText: 'read /etc/passwd' });
    await visible(denied.getByText('failed: path-denied'));
    await visible(denied.getByText(/\d+ ms/));
    const waiting = page.getByRole('region', { name: 'Waiting for your approval' });
    await visible(waiting.getByText('git --version'));
    // The phases only ever moved forward: Interview first, Execute now. (Seed may pass between two
    // renders on a fast machine, so it is not required to have been on screen; the stepper marks it done.)
    const phasesSoFar = await recordedPhases();
    expect(phasesSoFar[0]).toBe('Interview');
    expect(phasesSoFar.at(-1)).toBe('Execute');
    expect(phasesSoFar).toEqual(LOOP_ORDER.filter((phase) => phasesSoFar.includes(phase)));
    await visible(page.locator('.stepper .step-done').filter({ hasText: 'Seed' }));
    await shot('03-executing-approval-waits');

    // 4. Approve the pending host command in Approvals.
    await nav('Approvals').click();
    const pending = page.locator('.approval').filter({ hasText: 'git --version' });
    await visible(pending.getByRole('heading', { name: 'host-exec: git --version' }));
    await pending.getByLabel('Note (optional)').fill('read-only, fine');
    await shot('04-approval-pending');
    await pending.getByRole('button', { name: 'Approve' }).click();
    await visible(page.getByRole('status').getByText('host-exec git --version: approved.'));
    await shot('05-approval-approved');

    // 5. Back in the chat: the agent finished while we were away (its run is replayed), and the
    //    evaluation runs now — we watch it pass live: the verify command's output per criterion,
    //    the tool calls with durations, and what it all cost.
    await nav('Chat').click();
    await page.getByRole('link', { name: /Greeting file/ }).click();
    await visible(currentStep.getByText('Evaluate'));
    await visible(page.locator('.tool-call').filter({ hasText: 'host_exec git --version' }).getByText('ok'));
    await visible(
      page
        .locator('.tool-call')
        .filter({ hasText: 'write hello.txt' })
        .getByText(/\d+ ms/),
    );
    await visible(page.getByText('I wrote hello.txt; it says hello.'));
    await shot('06-evaluating');
    model.releaseJudge();
    const evaluation = page.getByRole('region', { name: /Evaluation · generation 1/ });
    await visible(evaluation.getByText('passed', { exact: true }));
    const criterion = evaluation.locator('.criterion').filter({ hasText: CRITERION });
    await visible(criterion.getByText('pass', { exact: true }));
    await visible(criterion.getByText('cat hello.txt'));
    expect(await criterion.locator('pre').textContent()).toBe('hello\n');
    await visible(page.getByTestId('run-cost').getByText(/^\$\d+\.\d+$/));
    await visible(page.getByText(/Done: every acceptance criterion passed/));
    expect(await page.locator('.stepper .step-done').count()).toBe(5);
    expect((await recordedPhases()).slice(-1)).toEqual(['Evaluate']);
    await shot('07-evaluation-passed');

    // 6. The seed's lineage: one generation, scored 0.92, passed.
    const sessions = (await admin.sessions.list())._unsafeUnwrap().items;
    const seedId = sessions[0]?.activeSeedId ?? '';
    expect(seedId).toMatch(/^seed_/);
    await visible(page.getByRole('link', { name: `Generation 1, seed ${seedId}, score 0.92, passed` }));
    await page.getByRole('link', { name: 'Open the seed and its lineage' }).click();
    await visible(page.getByRole('heading', { name: `Seed ${seedId}`, level: 1 }));
    await visible(page.getByRole('link', { name: `Generation 1, seed ${seedId}, score 0.92, passed` }));
    await visible(page.locator('tr').filter({ hasText: CRITERION }).getByText('cat hello.txt'));
    await visible(page.getByText('1 of 1 passed · average score 0.92'));
    await shot('08-seed-lineage');
    await nav('Seeds').click();
    const seedRow = page.locator('tr').filter({ hasText: seedId });
    await visible(seedRow.getByText('1 of 1 passed'));
    await visible(seedRow.getByText('0.92', { exact: true }));
    await visible(seedRow.getByText('Write hello.txt containing hello'));

    // 7. The audit log shows the denied read, highlighted.
    await nav('Audit').click();
    await page.getByLabel('Outcome').selectOption('denied');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const denial = page.locator('tr.row-denied').filter({ hasText: '/etc/passwd' });
    await visible(denial.getByText('path-read'));
    await visible(denial.getByText('denied'));
    await shot('09-audit-denial');

    // 8. Usage: the run's requests, per model, in the chart and the table, the same as the server counts.
    await nav('Usage').click();
    const usage = (await admin.usage.get())._unsafeUnwrap();
    const perModel = usage.byModel[0];
    expect(perModel?.model).toBe('claude-sonnet-4-5');
    const modelRow = page.locator('tr').filter({ hasText: `${perModel?.provider ?? ''}/claude-sonnet-4-5` });
    await visible(modelRow.getByText(String(perModel?.requests ?? 0), { exact: true }));
    await visible(page.getByRole('img', { name: /^Cost per day over 14 days, peak \$\d+\.\d+$/ }));
    expect(await page.locator('.usage-chart rect.usage-bar').count()).toBeGreaterThan(0);
    await visible(page.getByTestId('usage-totals').getByText(String(usage.totals.requests), { exact: true }));
    await shot('10-usage');

    // 9. The chat at phone width: everything readable, nothing overflows sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav('Chat').click();
    await page.getByRole('link', { name: /Greeting file/ }).click();
    await visible(page.getByRole('region', { name: /Evaluation · generation 1/ }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('11-chat-phone');

    // Everything came from the Oxios server, under its CSP, without script errors.
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(problems).toEqual([]);
  }, 280_000);
});
