import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { AgentRecord, ForkRequest } from './types.js';

const MAX_NAME = 120;

/** Validates a fork request and builds the new agent's `starting` record. */
export function newAgentRecord(request: ForkRequest, at: number): Result<AgentRecord, KernelError> {
  const { seed } = request;
  if (typeof seed.id !== 'string' || seed.id.length === 0) return err(invalidArgument('seed.id', 'expected an id'));
  if (typeof seed.goal !== 'string' || seed.goal.trim().length === 0) {
    return err(invalidArgument('seed.goal', 'expected a non-empty goal'));
  }
  const name = (request.name ?? seed.goal.trim().split('\n')[0] ?? '').trim().slice(0, MAX_NAME);
  if (name.length === 0) return err(invalidArgument('name', 'expected a non-empty name'));
  return ok({
    id: crypto.randomUUID(),
    name,
    owner: request.owner ?? 'system',
    status: 'starting',
    statusReason: null,
    errorCode: null,
    seedId: seed.id,
    sessionId: request.sessionId ?? null,
    parentId: request.parentId ?? null,
    createdAt: at,
    updatedAt: at,
  });
}
