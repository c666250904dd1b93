import { err, ok, type Result } from 'neverthrow';
import { invalidState } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { AgentRecord, AgentStatus } from './types.js';

/** The statuses each status may move to; `stopped` and `failed` are final. */
export const AGENT_TRANSITIONS: Readonly<Record<AgentStatus, readonly AgentStatus[]>> = {
  starting: ['running', 'stopped', 'failed'],
  running: ['idle', 'stopped', 'failed'],
  idle: ['running', 'stopped', 'failed'],
  stopped: [],
  failed: [],
};

/** True for the statuses `wait` resolves on: the agent is not (or no longer) running. */
export function isAgentSettled(status: AgentStatus): boolean {
  return status === 'idle' || status === 'stopped' || status === 'failed';
}

/** `invalid-state` unless `agent` may move to `to`. */
export function checkTransition(agent: AgentRecord, to: AgentStatus): Result<AgentRecord, KernelError> {
  return AGENT_TRANSITIONS[agent.status].includes(to)
    ? ok(agent)
    : err(invalidState('agent', agent.status, `agent ${agent.id} is ${agent.status}; it cannot become ${to}`));
}
