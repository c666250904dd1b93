/** The global default persona changed; agents created from now on use it. */
export interface PersonaDefaultChangedEvent {
  readonly type: 'persona-default-changed';
  readonly personaId: string;
}

/** A session chose its own persona (`personaId`), or went back to the default (`null`). */
export interface SessionPersonaChangedEvent {
  readonly type: 'session-persona-changed';
  readonly sessionId: string;
  readonly userId: string;
  readonly personaId: string | null;
}

/** Every event the persona manager publishes. */
export type PersonaEvent = PersonaDefaultChangedEvent | SessionPersonaChangedEvent;
