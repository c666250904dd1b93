/**
 * An A2A message was sent. It carries the type and the parties, never the content; `sessionId`
 * (the sender's session) lets its owner see it in event streams.
 */
export interface A2aMessageSentEvent {
  readonly type: 'a2a-message-sent';
  readonly messageId: string;
  readonly from: string;
  readonly to: string;
  readonly messageType: string;
  readonly sessionId: string | null;
}

/** A running agent's card was registered (its run started) or removed (its run ended). */
export interface A2aCardChangedEvent {
  readonly type: 'a2a-card-changed';
  readonly agentId: string;
  readonly sessionId: string | null;
  readonly change: 'registered' | 'updated' | 'removed';
}

/** Every event of the A2A subsystem. */
export type A2aEvent = A2aMessageSentEvent | A2aCardChangedEvent;
