import type { Phase, ProtocolEvent, SessionStatus } from '@oxios/ouroboros';

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
    };
