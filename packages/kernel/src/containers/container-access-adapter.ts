import { ok, type Result } from 'neverthrow';
import type { AccessManager } from '../access/access-manager.js';
import type { AccessContext, Subject } from '../access/types.js';
import { parseSubject } from '../access/parse-subject.js';
import { invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { ContainerAccess, ContainerAccessRequest } from './container-access.js';

function subjectOf(request: ContainerAccessRequest): Result<Subject, KernelError> {
  return parseSubject(request.subject)
    .map((parsed) => parsed.subject)
    .mapErr(() => invalidArgument('subject', `not a subject: ${request.subject}`));
}

/**
 * The access manager as the ContainerManager's authorisation port. Managing containers needs the
 * `manage-containers` action; running a command needs the `container_exec` tool, and network
 * access for a networked container. Each check writes its own audit entry before returning, so
 * `audit` has nothing left to record.
 */
export function containerAccessFrom(access: AccessManager): ContainerAccess {
  return {
    authorize(request) {
      const context: AccessContext = {
        ...(request.context.sessionId === undefined ? {} : { sessionId: request.context.sessionId }),
        ...(request.context.agentId === undefined ? {} : { agentId: request.context.agentId }),
        ...(request.context.requestId === undefined ? {} : { requestId: request.context.requestId }),
      };
      return subjectOf(request).andThen((subject) => {
        if (request.action === 'container-manage')
          return access.checkAction(subject, 'manage-containers', context).map(() => undefined);
        return access
          .checkTool(subject, 'container_exec', context)
          .andThen(() =>
            request.context.network ? access.checkNetwork(subject, request.context.container, context) : ok(undefined),
          )
          .map(() => undefined);
      });
    },
    audit: () => ok(undefined),
  };
}
