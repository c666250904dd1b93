// What every browser test starts with: the built `oxios-server` on a free loopback port (its
// admin token and one-time dashboard link read from its output), and a Chromium page that records
// every request it makes and every script error or CSP refusal, so tests can assert none leaked.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOxiosClient, type OxiosClient } from '@oxios/sdk-client';
import { getFreePort, startBin, type RunningBin } from '@oxios/testkit';
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The built server the dashboard is served by. */
export const SERVER_BIN = fileURLToPath(new URL('../../../server/dist/main.js', import.meta.url));

/** A running server, logged-in API client and the dashboard's one-time login code. */
export interface DashboardServer extends AsyncDisposable {
  readonly server: RunningBin;
  readonly port: number;
  readonly origin: string;
  readonly loginCode: string;
  readonly adminToken: string;
  readonly admin: OxiosClient;
}

/** Starts the server with `env` (the home's env plus anything the test adds) on a free port. */
export async function startDashboardServer(
  env: Readonly<Record<string, string | undefined>>,
  timeoutMs: number,
): Promise<DashboardServer> {
  const port = await getFreePort();
  const server = startBin(SERVER_BIN, [], {
    env: { ...env, OXIOS_PORT: String(port), OXIOS_LOG_LEVEL: 'warn' },
    timeoutMs,
  });
  const [, adminToken = ''] = (await server.waitForOutput(
    /Admin token \(shown once; saved to [^)]+\): (oxs_\S+)/,
    30_000,
  )) as string[];
  const [, origin = '', loginCode = ''] = (await server.waitForOutput(
    /Dashboard: (http:\/\/127\.0\.0\.1:\d+)\/#login=(\S+)/,
  )) as string[];
  return {
    server,
    port,
    origin,
    loginCode,
    adminToken,
    admin: createOxiosClient({ baseUrl: origin, token: adminToken }),
    [Symbol.asyncDispose]: () => server[Symbol.asyncDispose](),
  };
}

/** A page of `context` that records requests and problems, with screenshot and navigation helpers. */
export interface WatchedPage {
  readonly page: Page;
  /** Every URL the browser requested. */
  readonly requests: string[];
  /** Script errors and CSP refusals seen so far. */
  readonly problems: string[];
  /** Writes a full-page screenshot `<name>.png` under `artifacts`. */
  readonly shot: (name: string) => Promise<Buffer>;
  /** The main navigation's link named `name`. */
  readonly nav: (name: string) => Locator;
}

export async function watchPage(context: BrowserContext, artifacts: string): Promise<WatchedPage> {
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return {
    page,
    requests,
    problems,
    shot: (name) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true }),
    nav: (name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }),
  };
}
