import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { A2aSendArguments } from './a2a-send-arguments.js';
import type { A2aMessage } from './types.js';

const missing = (field: string, type: string) => err(invalidArgument(field, `${type} needs ${field}`));

/** The typed message `a2a_send`'s flat arguments describe; `invalid-argument` names a missing field. */
export function toA2aMessage(args: A2aSendArguments): Result<A2aMessage, KernelError> {
  switch (args.type) {
    case 'delegate-task':
      if (args.description === undefined) return missing('description', args.type);
      if (args.task_id === undefined) return missing('task_id', args.type);
      return ok({
        type: args.type,
        taskId: args.task_id,
        description: args.description,
        priority: args.priority ?? 'normal',
        ...(args.payload === undefined ? {} : { payload: args.payload }),
      });
    case 'status-update':
      if (args.task_id === undefined) return missing('task_id', args.type);
      if (args.progress === undefined) return missing('progress', args.type);
      return ok({ type: args.type, taskId: args.task_id, progress: args.progress, message: args.text ?? '' });
    case 'share-result':
      if (args.task_id === undefined) return missing('task_id', args.type);
      if (args.text === undefined) return missing('text', args.type);
      return ok({
        type: args.type,
        taskId: args.task_id,
        ok: args.ok ?? true,
        summary: args.text,
        ...(args.payload === undefined ? {} : { result: args.payload }),
      });
    case 'capability-query':
      return ok({ type: args.type, query: args.query ?? '', requiredCapabilities: args.capabilities ?? [] });
    case 'handshake':
      if (args.name === undefined) return missing('name', args.type);
      return ok({ type: args.type, name: args.name, capabilities: args.capabilities ?? [] });
  }
}
