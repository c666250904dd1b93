import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { Kernel } from '../kernel.js';
import { createSeedRepository } from '../orchestrator/seed-repository.js';
import type { SessionRecord } from '../store/repositories/session-repository.js';
import type { ActingUser } from './act-as-user.js';
import { toolReply } from './tool-reply.js';

const id = z.string().min(1).max(128);
const limit = z.number().int().min(1).max(200).optional().describe('At most this many (default 50)');
const cursor = z.string().min(1).max(512).optional().describe('Where the previous page ended (its nextCursor)');

const iso = (epochMs: number) => new Date(epochMs).toISOString();

const sessionView = (session: SessionRecord) => ({
  id: session.id,
  userId: session.userId,
  title: session.title,
  phase: session.phase,
  status: session.status,
  statusReason: session.statusReason,
  activeSeedId: session.activeSeedId,
  createdAt: iso(session.createdAt),
  updatedAt: iso(session.updatedAt),
});

/**
 * The read-only tools: `list_sessions`, `read_session`, `list_seeds`, `read_seed` and
 * `list_programs`. The user sees their own sessions and seeds (an admin sees everyone's); another
 * user's answer `not-found`. Every request needs a role.
 */
export function registerReadTools(server: McpServer, kernel: Kernel, user: ActingUser): void {
  const seeds = createSeedRepository(kernel.store);
  const ownedSession = (sessionId: string) =>
    kernel.sessions.get(sessionId).andThen((session) => user.owned(session.userId, 'session', sessionId, session));

  server.registerTool(
    'list_sessions',
    {
      title: 'List sessions',
      description: 'Your Oxios sessions, newest first (an admin sees everyone’s).',
      inputSchema: { limit, cursor },
      annotations: { readOnlyHint: true },
    },
    (args) =>
      toolReply(
        user.role().andThen((role) =>
          kernel.sessions
            .list({
              ...(role === 'admin' ? {} : { userId: user.name }),
              ...(args.limit === undefined ? {} : { limit: args.limit }),
              ...(args.cursor === undefined ? {} : { cursor: args.cursor }),
            })
            .map((page) => ({ items: page.items.map(sessionView), nextCursor: page.nextCursor ?? null })),
        ),
      ),
  );

  server.registerTool(
    'read_session',
    {
      title: 'Read a session',
      description: 'A session and its messages, oldest first.',
      inputSchema: { session_id: id, limit: limit.describe('At most this many messages (default 200)') },
      annotations: { readOnlyHint: true },
    },
    (args) =>
      toolReply(
        ownedSession(args.session_id).andThen((session) =>
          kernel.sessions.messages(session.id, { limit: args.limit ?? 200 }).map((messages) => ({
            session: sessionView(session),
            messages: messages.map((message) => ({
              seq: message.seq,
              role: message.role,
              content: message.content,
              createdAt: iso(message.createdAt),
            })),
          })),
        ),
      ),
  );

  server.registerTool(
    'list_seeds',
    {
      title: 'List seeds',
      description: 'The seeds (specs with acceptance criteria) of a session, newest first.',
      inputSchema: { session_id: id, limit, cursor },
      annotations: { readOnlyHint: true },
    },
    (args) =>
      toolReply(
        ownedSession(args.session_id).andThen((session) =>
          seeds
            .list({
              sessionId: session.id,
              ...(args.limit === undefined ? {} : { limit: args.limit }),
              ...(args.cursor === undefined ? {} : { cursor: args.cursor }),
            })
            .map((page) => ({
              items: page.items.map((record) => ({
                id: record.seed.id,
                goal: record.seed.goal,
                generation: record.seed.generation,
                forced: record.forced,
              })),
              nextCursor: page.nextCursor ?? null,
            })),
        ),
      ),
  );

  server.registerTool(
    'read_seed',
    {
      title: 'Read a seed',
      description: 'A seed: goal, constraints, acceptance criteria and how its runs went.',
      inputSchema: { seed_id: id },
      annotations: { readOnlyHint: true },
    },
    (args) =>
      toolReply(
        seeds.get(args.seed_id).andThen((record) =>
          (record.sessionId === null
            ? user.owned(null, 'seed', args.seed_id, record)
            : kernel.sessions
                .get(record.sessionId)
                .andThen((session) => user.owned(session.userId, 'seed', args.seed_id, record))
          ).map((owned) => ({
            seed: owned.seed,
            sessionId: owned.sessionId,
            forced: owned.forced,
            execution: owned.execution,
          })),
        ),
      ),
  );

  server.registerTool(
    'list_programs',
    {
      title: 'List programs',
      description: 'Installed Oxios programs: name, version, description, whether enabled, and their tools.',
      inputSchema: {},
      annotations: { readOnlyHint: true },
    },
    () =>
      toolReply(
        user.role().andThen(() =>
          kernel.programs.list().map((programs) =>
            programs.map(({ name, version, description, author, enabled, tools }) => ({
              name,
              version,
              description,
              author,
              enabled,
              tools,
            })),
          ),
        ),
      ),
  );
}
