import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { createOxiosClient } from '@oxios/sdk-client';
import { createTempHome } from '@oxios/testkit';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, visible } from './browser.js';
import { SERVER_BIN, startDashboardServer, watchPage } from './harness.js';

const artifacts = fileURLToPath(new URL('../../.artifacts/e2e/', import.meta.url));

/** Runs one statement on the kernel's database, as the kernel itself would write it. */
function write(home: string, statement: string, ...values: (string | number)[]): void {
  const database = new DatabaseSync(join(home, 'oxios.db'), { timeout: 5000 });
  try {
    database.prepare(statement).run(...values);
  } finally {
    database.close();
  }
}

/** A pending approval, as an agent asking for `host-exec` would cause. */
function insertApproval(home: string, resource: string): string {
  const id = randomUUID();
  write(
    home,
    `INSERT INTO approvals (id, subject, owner, action, resource, reason, status, requested_at, expires_at)
     VALUES (?, 'agent:release-bot', 'user:admin', 'host-exec', ?, 'publish the release', 'pending', ?, ?)`,
    id,
    resource,
    Date.now(),
    Date.now() + 3_600_000,
  );
  return id;
}

/** A running agent in the process table, as the supervisor records a fork. */
function insertAgent(home: string, name: string): string {
  const id = randomUUID();
  write(
    home,
    `INSERT INTO agents (id, name, owner, status, created_at, updated_at) VALUES (?, ?, 'user:admin', 'running', ?, ?)`,
    id,
    name,
    Date.now(),
    Date.now(),
  );
  return id;
}

describe('the dashboard in headless Chromium against the real oxios-server process', () => {
  it('logs in with the one-time link, works through the views and returns to login when its token is revoked', async () => {
    expect(existsSync(CHROMIUM), `Chromium is needed at ${CHROMIUM} (apt-get install chromium)`).toBe(true);
    expect(existsSync(SERVER_BIN), 'build apps/server first').toBe(true);
    mkdirSync(artifacts, { recursive: true });
    await using home = await createTempHome();
    await using dashboard = await startDashboardServer({ ...home.env }, 170_000);
    const { server, port, origin, loginCode, admin } = dashboard;

    await using context = await launchChromium({ width: 1280, height: 860 });
    const { page, requests, problems, shot, nav } = await watchPage(context, artifacts);

    // 1. The one-time link logs in; the code leaves the address bar; status and the live stream show.
    await page.goto(`${origin}/#login=${loginCode}`);
    await visible(page.getByRole('heading', { name: 'Overview', level: 1 }));
    const version = (await admin.status())._unsafeUnwrap().version;
    expect(await page.getByTestId('server-version').textContent()).toBe(version);
    await visible(page.locator('.topbar-user').getByText('admin'));
    await visible(page.locator('.topbar-status').getByText('live'));
    expect(page.url()).toBe(`${origin}/`);
    await shot('01-overview');

    // 2. Start a session: it opens with the phase stepper at Interview, ready for a message.
    await nav('Chat').click();
    await page.getByLabel('New session title (optional)').fill('Release checklist');
    await page.getByRole('button', { name: 'Start session' }).click();
    await visible(page.getByRole('heading', { name: 'Release checklist', level: 2 }));
    await visible(page.locator('.stepper [aria-current="step"]').getByText('Interview'));
    expect(await page.getByLabel('Message').isEnabled()).toBe(true);
    const sessions = (await admin.sessions.list())._unsafeUnwrap().items;
    expect(sessions.map((session) => session.title)).toEqual(['Release checklist']);
    expect(page.url()).toBe(`${origin}/chat/${sessions[0]?.id ?? ''}`);
    await shot('02-chat-session');

    // 3. An approval an agent asked for appears; approving it moves it to the history.
    const approvalId = insertApproval(home.path, 'git push origin main');
    await nav('Approvals').click();
    const pending = await visible(page.getByRole('heading', { name: 'host-exec: git push origin main' }));
    await visible(page.getByText('agent:release-bot'));
    await shot('03-approval-pending');
    await page.getByLabel('Note (optional)').fill('ship it');
    await page.getByRole('button', { name: 'Approve' }).click();
    await visible(page.getByRole('status').getByText('host-exec git push origin main: approved.'));
    await visible(page.getByText('Nothing is waiting for a decision.'));
    await visible(page.getByRole('row').filter({ hasText: 'ship it' }).getByText('approved'));
    expect(await pending.count()).toBe(0);
    const decided = (await admin.approvals.list({ status: 'approved' }))._unsafeUnwrap().items;
    expect(decided.map((approval) => [approval.id, approval.decidedBy, approval.note])).toEqual([
      [approvalId, 'user:admin', 'ship it'],
    ]);
    await shot('04-approval-approved');

    // 3b. A running agent can be killed from the process table; the scheduler shows its counters.
    const agentId = insertAgent(home.path, 'release-bot');
    await nav('Agents').click();
    const agentRow = page.getByRole('row').filter({ hasText: 'release-bot' });
    await visible(agentRow.getByText('running'));
    await visible(page.getByRole('heading', { name: 'Scheduler' }));
    await visible(page.getByText('Queue by priority'));
    await agentRow.getByRole('button', { name: 'Kill' }).click();
    await agentRow.getByRole('button', { name: 'Kill it' }).click();
    await visible(agentRow.getByText('stopped'));
    expect((await admin.agents.list())._unsafeUnwrap().items.map((agent) => [agent.id, agent.status])).toEqual([
      [agentId, 'stopped'],
    ]);
    await shot('04b-agent-killed');

    // 4. The audit log has the decision; a denial is highlighted.
    const viewer = (await admin.tokens.create({ name: 'viewer', role: 'user' }))._unsafeUnwrap();
    (await createOxiosClient({ baseUrl: origin, token: viewer.token }).approvals.list())._unsafeUnwrap();
    await nav('Audit').click();
    await page.getByLabel('Action').fill('approval-approve');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const decision = page.getByRole('row').filter({ hasText: approvalId });
    await visible(decision.getByText('user:admin'));
    await visible(decision.getByText('allowed'));
    await page.getByLabel('Action').fill('');
    await page.getByLabel('Outcome').selectOption('denied');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await visible(page.locator('tr.row-denied').filter({ hasText: 'user:viewer' }).getByText('denied'));
    await shot('05-audit');

    // 5. Live events reached the browser over SSE.
    await nav('Events').click();
    await page.getByLabel('Type').selectOption('approval-resolved');
    await visible(page.getByText('Approval resolved: approved · host-exec · git push origin main'));
    await shot('06-events');

    // 6. Config: an invalid value is refused by the server, its message shown at the field.
    await nav('Config').click();
    const portField = page.getByLabel('port', { exact: true });
    expect(await portField.inputValue()).toBe(String(port));
    await portField.fill('70000');
    await page.getByRole('button', { name: 'Save configuration' }).click();
    await visible(page.locator('.field-invalid').filter({ has: portField }).locator('.field-error'));
    expect(await page.locator('.field-invalid .field-error').textContent()).toMatch(/65535/);
    await shot('07-config-invalid');

    // 7. At phone width the navigation is a menu, and nothing overflows sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await nav('Tokens').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await nav('Tokens').click();
    await visible(page.getByRole('heading', { name: 'API tokens', level: 1 }));
    await visible(page.getByRole('row').filter({ hasText: '(this session)' }));
    expect(await nav('Tokens').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('08-tokens-phone');
    await page.setViewportSize({ width: 1280, height: 860 });

    // 8. Create a token (its secret shown once), then revoke the one this session uses.
    await page.getByLabel('Name').fill('ci-bot');
    await page.getByLabel('Role').selectOption('admin');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = await (await visible(page.getByLabel('Secret of ci-bot'))).inputValue();
    expect(secret).toMatch(/^oxs_/);
    await visible(page.getByRole('row').filter({ hasText: 'ci-bot' }));
    await shot('09-token-created');
    const mine = page.getByRole('row').filter({ hasText: '(this session)' });
    await mine.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('button', { name: 'Revoke admin' }).click();
    await visible(page.getByText('Your token was revoked. Log in with another token.'));
    await visible(page.getByLabel('API token'));
    await shot('10-login-after-revoke');
    expect((await admin.status())._unsafeUnwrapErr()).toMatchObject({ status: 401 });

    // 9. Keyboard only: the token field has focus; type the new token, press Enter, and be back
    //    where you were, now as ci-bot, with the old token shown revoked.
    await page.keyboard.type(secret);
    await page.keyboard.press('Enter');
    await visible(page.locator('.topbar-user').getByText('ci-bot'));
    await visible(page.getByRole('heading', { name: 'API tokens', level: 1 }));
    await visible(page.getByRole('row').filter({ hasText: '(this session)' }).getByText('ci-bot'));
    await visible(
      page.getByRole('row').filter({ hasText: 'revoked' }).getByRole('cell', { name: 'admin', exact: true }),
    );
    await shot('11-logged-in-with-new-token');

    // 10. The server goes away: the dashboard says so instead of failing silently.
    server.kill('SIGTERM');
    expect((await server.exited()).exitCode).toBe(0);
    await visible(page.getByRole('alert').getByText(/connection to the Oxios server was lost/));
    await shot('12-server-gone');

    // Everything came from the Oxios server, under its CSP, without script errors.
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);
});
