import { isKernelError } from '@oxios/kernel';
import { fromErrorBody } from '@oxios/gateway';
import {
  A2A_ERROR_CODES,
  SessionReplySchema,
  type A2aMessageSendParams,
  type A2aTask,
  type A2aTaskQueryParams,
  type Caller,
} from '@oxios/sdk-client';
import { err, ok, type Result } from 'neverthrow';
import type { ServerDeps } from '../deps.js';
import { hasRole } from '../http/caller.js';
import { gatewayFailure } from '../routes/session-messages.js';
import { createA2aTasks, isTerminal, type TaskOutcome } from './a2a-tasks.js';
import { rpcFailure, type RpcFailure } from './json-rpc.js';
import { errorToOutcome, replyToOutcome } from './reply-to-outcome.js';

/** Longest text one message may carry (the same cap as `POST /api/sessions/:id/messages`). */
const MAX_TEXT = 50_000;

/** The A2A methods Oxios serves, for an authenticated caller. */
export interface A2aMethods {
  messageSend(caller: Caller, params: A2aMessageSendParams): Promise<Result<A2aTask, RpcFailure>>;
  tasksGet(caller: Caller, params: A2aTaskQueryParams): Result<A2aTask, RpcFailure>;
}

function textOf(params: A2aMessageSendParams): Result<string, RpcFailure> {
  const { message } = params;
  if (message.role !== 'user') return err(rpcFailure(A2A_ERROR_CODES.invalidParams, 'message.role must be "user"'));
  if (message.parts.some((part) => part.kind !== 'text'))
    return err(rpcFailure(A2A_ERROR_CODES.contentTypeNotSupported, 'only text parts are accepted'));
  const text = message.parts
    .map((part) => (part.kind === 'text' ? part.text : ''))
    .join('\n')
    .trim();
  if (text === '') return err(rpcFailure(A2A_ERROR_CODES.invalidParams, 'the message has no text'));
  if (text.length > MAX_TEXT)
    return err(rpcFailure(A2A_ERROR_CODES.invalidParams, `the message is longer than ${MAX_TEXT} characters`));
  return ok(text);
}

/**
 * A2A mapped onto sessions: a `contextId` is a session id; `message/send` without one creates a
 * session for the caller; each message starts a task, except one that answers a task waiting
 * for input (`taskId`), which continues it. The orchestrator runs the message through the
 * gateway exactly as `POST /api/sessions/:id/messages` does.
 */
export function createA2aMethods(deps: ServerDeps): A2aMethods {
  const tasks = createA2aTasks();

  /** The session for the message: the task's, the given context's (the caller's own), or a new one. */
  const sessionFor = (
    caller: Caller,
    params: A2aMessageSendParams,
    admin: boolean,
  ): Result<{ sessionId: string; taskId?: string }, RpcFailure> => {
    const { message } = params;
    if (message.taskId !== undefined) {
      const task = tasks.get(message.taskId, caller.userName, admin);
      if (!task) return err(rpcFailure(A2A_ERROR_CODES.taskNotFound, `task ${message.taskId} not found`));
      if (task.status.state !== 'input-required')
        return err(
          rpcFailure(
            A2A_ERROR_CODES.unsupportedOperation,
            isTerminal(task.status.state)
              ? `task ${task.id} is ${task.status.state}; send without taskId (same contextId) to start a new task`
              : `task ${task.id} is ${task.status.state}, not waiting for input`,
          ),
        );
      if (message.contextId !== undefined && message.contextId !== task.contextId)
        return err(rpcFailure(A2A_ERROR_CODES.invalidParams, 'contextId does not match the task'));
      return ok({ sessionId: task.contextId, taskId: task.id });
    }
    if (message.contextId !== undefined) {
      const session = deps.kernel.sessions.get(message.contextId);
      if (session.isErr() || (!admin && session.value.userId !== caller.userName))
        return err(rpcFailure(A2A_ERROR_CODES.invalidParams, `unknown contextId ${message.contextId}`));
      return ok({ sessionId: session.value.id });
    }
    const created = deps.kernel.sessions.create({ userId: caller.userName, title: 'A2A conversation' });
    if (created.isErr()) return err(rpcFailure(A2A_ERROR_CODES.internalError, 'cannot create a session'));
    return ok({ sessionId: created.value.id });
  };

  /** Runs the message and settles the task; never rejects. */
  const run = async (caller: Caller, taskId: string, sessionId: string, text: string): Promise<void> => {
    let outcome: TaskOutcome;
    try {
      const result = await deps.messaging.web.request({
        sender: { id: caller.userName },
        sessionId,
        text,
        metadata: {},
      });
      if (result.isErr()) outcome = errorToOutcome(gatewayFailure(result.error));
      else if (result.value.content.type === 'error')
        outcome = errorToOutcome(gatewayFailure(fromErrorBody(result.value.content.error)));
      else {
        const content = result.value.content;
        const reply = SessionReplySchema.safeParse(content.type === 'data' ? content.data : undefined);
        outcome = reply.success
          ? replyToOutcome(taskId, reply.data)
          : { state: 'failed', text: 'the orchestrator replied with an unexpected shape' };
      }
    } catch (error: unknown) {
      deps.logger.error({ err: error, taskId }, 'an A2A task failed unexpectedly');
      outcome = isKernelError(error) ? errorToOutcome(error) : { state: 'failed', text: 'internal error' };
    }
    tasks.settle(taskId, outcome);
  };

  return {
    async messageSend(caller, params) {
      const admin = hasRole(caller.role, 'admin');
      const text = textOf(params);
      if (text.isErr()) return err(text.error);
      const target = sessionFor(caller, params, admin);
      if (target.isErr()) return err(target.error);
      const { sessionId, taskId } = target.value;
      let id: string;
      if (taskId === undefined) {
        id = tasks.create(caller.userName, sessionId, params.message).id;
        tasks.start(id);
      } else {
        id = taskId;
        tasks.continueWith(id, params.message);
      }
      const settled = run(caller, id, sessionId, text.value);
      if (params.configuration?.blocking !== false) {
        // Blocking: answer once the task settles, or with its current state when the server stops.
        await new Promise<void>((resolve) => {
          if (deps.shutdown.aborted) {
            resolve();
            return;
          }
          const stop = () => {
            resolve();
          };
          deps.shutdown.addEventListener('abort', stop, { once: true });
          void settled.then(() => {
            deps.shutdown.removeEventListener('abort', stop);
            resolve();
          });
        });
      }
      const task = tasks.get(id, caller.userName, true);
      return task
        ? ok(tasks.view(task, params.configuration?.historyLength))
        : err(rpcFailure(A2A_ERROR_CODES.internalError, `task ${id} was forgotten`));
    },
    tasksGet(caller, params) {
      const task = tasks.get(params.id, caller.userName, hasRole(caller.role, 'admin'));
      return task
        ? ok(tasks.view(task, params.historyLength))
        : err(rpcFailure(A2A_ERROR_CODES.taskNotFound, `task ${params.id} not found`));
    },
  };
}
