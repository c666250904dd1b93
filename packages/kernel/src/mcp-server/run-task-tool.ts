import { randomUUID } from 'node:crypto';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { err, ok, okAsync, type Result } from 'neverthrow';
import { z } from 'zod';
import { notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { Kernel } from '../kernel.js';
import type { OrchestratorReply } from '../orchestrator/orchestrator-types.js';
import type { ActingUser } from './act-as-user.js';
import { toolReply } from './tool-reply.js';

const RunTaskShape = {
  text: z.string().min(1).max(50_000).describe('The task, or the answer to the question the last reply asked'),
  session_id: z
    .string()
    .min(1)
    .max(128)
    .optional()
    .describe('Continue this session (to answer its question); default: a new session'),
  force_reason: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe('Start the work although the interview still finds the task ambiguous; the reason is recorded'),
};

/** The parts of a reply a host needs besides its text. */
function replyView(reply: OrchestratorReply) {
  switch (reply.kind) {
    case 'question':
      return { kind: reply.kind, sessionId: reply.sessionId, round: reply.round, ambiguity: reply.ambiguity };
    case 'result':
      return {
        kind: reply.kind,
        sessionId: reply.sessionId,
        outcome: reply.outcome,
        seedId: reply.seedId,
        generation: reply.generation,
        workspace: reply.workspace,
        criteria: reply.criteria.map(({ description, verdict, unverified }) => ({ description, verdict, unverified })),
      };
    case 'status':
      return { kind: reply.kind, sessionId: reply.sessionId, phase: reply.phase, status: reply.status };
  }
}

/**
 * `run_task`: one message through the Ouroboros loop (interview → seed → execute → evaluate) as
 * the server's user, who must be allowed to run agents. A reply of kind `question` asks for more:
 * answer it with `run_task` and its `session_id`. Progress notifications (phase changes) are sent
 * when the host asked for them, so long runs can keep a request alive.
 */
export function registerRunTaskTool(server: McpServer, kernel: Kernel, user: ActingUser): void {
  const sessionFor = (sessionId: string | undefined, text: string): Result<string, KernelError> =>
    sessionId === undefined
      ? kernel.sessions.create({ userId: user.name, title: text.slice(0, 80) }).map((session) => session.id)
      : kernel.sessions
          .get(sessionId)
          // Only the owner talks to a session (as in the orchestrator); another's is not found.
          .andThen((session) => (session.userId === user.name ? ok(session.id) : err(notFound('session', sessionId))));

  server.registerTool(
    'run_task',
    {
      title: 'Run a task',
      description:
        'Run a task through Oxios: it interviews until the task is clear, writes a spec with acceptance criteria, runs an agent in a sandbox and verifies the result. A reply of kind "question" needs an answer: call run_task again with its session_id.',
      inputSchema: RunTaskShape,
    },
    async (args, extra) => {
      const requestId = randomUUID();
      const started = user.mayRunAgents(requestId).andThen(() => sessionFor(args.session_id, args.text));
      if (started.isErr()) return toolReply(err(started.error));
      const sessionId = started.value;
      const token = extra._meta?.progressToken;
      let progress = 0;
      const unsubscribe =
        token === undefined
          ? () => undefined
          : kernel.bus.on(
              ({ event }) => {
                if (event.type !== 'session-phase-changed' || event.sessionId !== sessionId) return;
                progress += 1;
                void extra
                  .sendNotification({
                    method: 'notifications/progress',
                    params: { progressToken: token, progress, message: `${event.phase}: ${event.status}` },
                  })
                  .catch((error: unknown) => {
                    kernel.logger.debug({ err: error }, 'an MCP progress notification was not sent');
                  });
              },
              { types: ['session-phase-changed'] },
            );
      try {
        const reply = await okAsync(undefined).andThen(() =>
          kernel.orchestrator.handle({
            sessionId,
            userId: user.name,
            text: args.text,
            signal: extra.signal,
            requestId,
            ...(args.force_reason === undefined ? {} : { force: { reason: args.force_reason } }),
          }),
        );
        return toolReply(
          reply.map((value) => ({ ...replyView(value), text: value.text })),
          (value) => value.text,
        );
      } finally {
        unsubscribe();
      }
    },
  );
}
