import type { Phase, ProtocolEvent, SessionStatus } from '@oxios/ouroboros';
import type { KernelErrorCode } from '../errors/kernel-error.js';

/** The orchestrator's events; each names the session's owner so streams can be filtered per user. */
export type OrchestratorEvent =
  | {
      readonly type: 'protocol-event-recorded';
      readonly sessionId: string;
      readonly userId: string;
      /** Position in the protocol log. */
      readonly seq: number;
      readonly event: ProtocolEvent;
    }
  | {
      readonly type: 'session-phase-changed';
      readonly sessionId: string;
      readonly userId: string;
      readonly phase: Phase;
      readonly status: SessionStatus;
    }
  /**
   * A message's run ended in an error instead of a reply. `interrupted`: it was cut short (a
   * cancel, a stop) and the session resumes with the next message; otherwise the session stays
   * where it was and the same message may be sent again. The person reads `message` in the session too.
   */
  | {
      readonly type: 'session-run-failed';
      readonly sessionId: string;
      readonly userId: string;
      readonly code: KernelErrorCode;
      readonly message: string;
      readonly interrupted: boolean;
    };
