import {
  AgentListSchema,
  ApprovalListSchema,
  AuditListSchema,
  MessageSchema,
  SessionListSchema,
  SessionSchema,
  TokenListSchema,
} from '@oxios/sdk-client';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { oxios, oxiosJson, serve } from './support/oxios.js';
import { seedHome, type SeededHome } from './support/seed-home.js';

const StatusJsonSchema = z.strictObject({
  cli: z.strictObject({ version: z.string() }),
  mode: z.enum(['embedded', 'local-server', 'remote']),
  home: z.string().nullable(),
  server: z
    .strictObject({ url: z.string(), version: z.string(), startedAt: z.string(), uptimeSeconds: z.number() })
    .nullable(),
  caller: z.strictObject({ userName: z.string(), role: z.string() }),
  agents: z.strictObject({ running: z.number(), idle: z.number() }),
});

interface Captured {
  readonly json: string;
  readonly human: string;
}

describe('the same commands against an embedded kernel and a server', () => {
  let home: TempHome;
  let seeded: SeededHome;
  const server: Record<string, Captured> = {};
  const embedded: Record<string, Captured> = {};
  let statusInServerMode: unknown;
  let statusEmbedded: unknown;
  // Read-only commands, in an order where no later call changes an earlier one's answer: the
  // server audits its own `view-audit` and `manage-approvals` checks (hence the audit filter), and
  // a call may touch its token's last use (hence `token list` last).
  const commands = (sessionId: string) => [
    ['session', 'list'],
    ['session', 'show', sessionId],
    ['agent', 'list'],
    ['approval', 'list'],
    ['audit', '--action', 'manage-roles'],
    ['audit', '--denied'],
    ['token', 'list'],
  ];

  const capture = async (into: Record<string, Captured>, env: Record<string, string | undefined>) => {
    for (const command of commands(seeded.sessionId)) {
      const json = await oxios(env, [...command, '--json']);
      const human = await oxios(env, command);
      expect(json.exitCode, `${command.join(' ')}: ${json.stderr}`).toBe(0);
      expect(human.exitCode, `${command.join(' ')}: ${human.stderr}`).toBe(0);
      into[command.join(' ')] = { json: json.stdout, human: human.stdout };
    }
  };

  beforeAll(async () => {
    home = await createTempHome();
    seeded = await seedHome(home.env);
    const env = { ...home.env, NO_COLOR: '1' };
    // Server mode: found through OXIOS_HOME's lock and server.json, authenticated with admin.token.
    const running = await serve(env);
    statusInServerMode = await oxiosJson(env, ['status']);
    await capture(server, env);
    expect((await running.stop()).exitCode).toBe(0);
    // Embedded mode on the same home, after the server stopped.
    statusEmbedded = await oxiosJson(env, ['status']);
    await capture(embedded, env);
  }, 240_000);
  afterAll(() => home.remove());

  it('picks the local server while it runs and an embedded kernel otherwise', () => {
    const inServer = StatusJsonSchema.parse(statusInServerMode);
    expect(inServer).toMatchObject({
      mode: 'local-server',
      home: home.path,
      caller: { userName: 'admin', role: 'admin' },
    });
    expect(inServer.server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(StatusJsonSchema.parse(statusEmbedded)).toMatchObject({
      mode: 'embedded',
      home: home.path,
      server: null,
      caller: { userName: 'admin', role: 'admin' },
      agents: { running: 0, idle: 0 },
    });
  });

  it('prints identical JSON and identical tables in both modes', () => {
    expect(Object.keys(embedded)).toEqual(Object.keys(server));
    for (const name of Object.keys(server)) {
      expect(embedded[name]?.json, name).toBe(server[name]?.json);
      expect(embedded[name]?.human, name).toBe(server[name]?.human);
    }
  });

  it('prints the API shapes with --json', () => {
    const json = (name: string) => JSON.parse(embedded[name]?.json ?? 'null') as unknown;
    const sessions = SessionListSchema.parse(json('session list'));
    expect(sessions.items.map((session) => session.id)).toEqual([seeded.sessionId]);
    const shown = z
      .strictObject({ session: SessionSchema, messages: z.array(MessageSchema) })
      .parse(json(`session show ${seeded.sessionId}`));
    expect(shown.messages.map((message) => message.content)).toEqual(['please tidy the repo', 'Which branch?']);
    const agents = AgentListSchema.parse(json('agent list'));
    expect(agents.items.map((agent) => [agent.name, agent.status]).sort()).toEqual([
      ['linter', 'stopped'],
      ['tidier', 'starting'],
    ]);
    const approvals = ApprovalListSchema.parse(json('approval list'));
    expect(approvals.items.map((approval) => approval.id).sort()).toEqual([...seeded.approvalIds].sort());
    const audit = AuditListSchema.parse(json('audit --action manage-roles'));
    expect(audit.items.map((entry) => [entry.subject, entry.allowed])).toEqual([['user:ann', false]]);
    const denied = AuditListSchema.parse(json('audit --denied'));
    expect(denied.items.length).toBeGreaterThan(0);
    expect(denied.items.every((entry) => !entry.allowed)).toBe(true);
    const tokens = TokenListSchema.parse(json('token list'));
    expect(tokens.items.map((token) => token.name)).toEqual(['admin']);
  });

  it('prints tables for people, with the seeded rows', () => {
    expect(embedded['agent list']?.human).toMatch(/^ID\s+NAME\s+OWNER\s+STATUS/);
    expect(embedded['agent list']?.human).toContain('tidier');
    expect(embedded['approval list']?.human).toContain('git push origin main');
    expect(embedded[`session show ${seeded.sessionId}`]?.human).toContain('Which branch?');
  });
});
