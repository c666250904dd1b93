import type { Result, ResultAsync } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';

/** Who asks: a user or an agent, with the ids that tie the request to a session. */
export interface ContainerActor {
  /** The acting principal, e.g. `user:ann` or `agent:7f3c…`. */
  readonly subject: string;
  readonly sessionId?: string;
  readonly agentId?: string;
  readonly requestId?: string;
}

/** `container-exec` runs a command; `container-manage` creates, starts, stops or removes. */
export type ContainerAction = 'container-exec' | 'container-manage';

/** The operation behind an action. */
export type ContainerOperation = 'create' | 'start' | 'exec' | 'stop' | 'remove';

/** What is being asked, for the decision and the audit log. */
export interface ContainerAccessContext {
  readonly operation: ContainerOperation;
  /** The container's name. */
  readonly container: string;
  /** The backend kind (`bwrap`, `apple`, `host`). */
  readonly backend: string;
  /** True when the command (or new container) will have network access: deny unless permitted. */
  readonly network: boolean;
  /** The command, for `exec`. */
  readonly argv?: readonly string[];
  /** Working directory inside the sandbox, for `exec`. */
  readonly cwd?: string;
  readonly sessionId?: string;
  readonly agentId?: string;
  readonly requestId?: string;
}

/** One authorisation question: may `subject` perform `action` on `resource` (`container:<name>`)? */
export interface ContainerAccessRequest {
  readonly subject: string;
  readonly action: ContainerAction;
  readonly resource: string;
  readonly context: ContainerAccessContext;
}

/** One audit record: the request, the decision and why. */
export interface ContainerAuditEntry extends ContainerAccessRequest {
  /** Milliseconds since the Unix epoch. */
  readonly at: number;
  readonly allowed: boolean;
  /** Why it was denied (the error message), when it was. */
  readonly reason?: string;
}

/**
 * The authorisation port the ContainerManager depends on; the kernel's access manager implements
 * it. For every operation the manager calls `authorize` and then `audit` — with `allowed: false`
 * and the reason when denied, with `allowed: true` before it acts otherwise. When `audit` fails,
 * the operation is refused: nothing runs unrecorded.
 */
export interface ContainerAccess {
  /** Decides. Return `permission-denied` (or another KernelError) to refuse. */
  authorize(request: ContainerAccessRequest): Result<void, KernelError> | ResultAsync<void, KernelError>;
  /** Records a decision durably. */
  audit(entry: ContainerAuditEntry): Result<void, KernelError> | ResultAsync<void, KernelError>;
}
