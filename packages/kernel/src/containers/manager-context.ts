import { errAsync, type ResultAsync } from 'neverthrow';
import type { ContainerSection } from '../config/sections/container.js';
import { invalidState } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { Logger } from '../logger/logger.js';
import type { ContainerRecord, ContainerRepository } from '../store/repositories/container-repository.js';
import type { ContainerAccess, ContainerActor, ContainerOperation } from './container-access.js';
import type { ContainerBackend } from './container-backend.js';
import { guardAccess } from './guard-access.js';
import type { SandboxMount, SandboxSpec } from './sandbox-spec.js';

/** What the manager's operations share. Internal to the containers subsystem. */
export interface ManagerContext {
  readonly containers: ContainerRepository;
  readonly backend: ContainerBackend;
  readonly access: ContainerAccess;
  readonly home: string;
  readonly config: ContainerSection;
  readonly logger: Logger;
  readonly now: () => number;
  readonly mounts: readonly SandboxMount[];
}

/** Labels every Oxios container carries, so backends can list only ours. */
export function managedLabels(name: string): Record<string, string> {
  return { 'oxios.managed': 'true', 'oxios.container': name };
}

/** Authorises and audits one operation on container `name`. */
export function guard(
  context: ManagerContext,
  actor: ContainerActor,
  operation: ContainerOperation,
  name: string,
  details: { network: boolean; argv?: readonly string[]; cwd?: string },
): ResultAsync<void, KernelError> {
  return guardAccess(
    context.access,
    {
      subject: actor.subject,
      action: operation === 'exec' ? 'container-exec' : 'container-manage',
      resource: `container:${name}`,
      context: {
        operation,
        container: name,
        backend: context.backend.kind,
        ...details,
        ...(actor.sessionId === undefined ? {} : { sessionId: actor.sessionId }),
        ...(actor.agentId === undefined ? {} : { agentId: actor.agentId }),
        ...(actor.requestId === undefined ? {} : { requestId: actor.requestId }),
      },
    },
    context.now,
  );
}

/** The spec that (re)creates `record`'s sandbox. */
export function specFromRecord(context: ManagerContext, record: ContainerRecord): SandboxSpec {
  return {
    name: record.name,
    image: record.image,
    workspace: record.workspace,
    limits: record.limits,
    network: record.network,
    env: record.env,
    labels: { ...record.labels, ...managedLabels(record.name) },
    mounts: context.mounts,
  };
}

/** Refuses to drive a container that another backend created (the configuration changed since). */
export function sameBackend(
  context: ManagerContext,
  record: ContainerRecord,
): ResultAsync<ContainerRecord, KernelError> | undefined {
  if (record.backend === context.backend.kind) return undefined;
  return errAsync(
    invalidState(
      'container',
      record.backend,
      `container "${record.name}" was created by the ${record.backend} backend but ${context.backend.kind} is active; remove and recreate it`,
    ),
  );
}
