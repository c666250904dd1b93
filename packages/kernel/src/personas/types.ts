import type { Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { SessionRecord } from '../store/repositories/session-repository.js';
import type { Persona, PersonaInput, PersonaUpdate } from './persona-schema.js';

/**
 * The kernel's one persona manager (on `kernel.personas`): persona files under
 * `$OXIOS_HOME/personas/`, the global default, and per-session overrides. Every reader — the
 * HTTP API, the agent runtime, the Ouroboros engine — goes through this instance, so a change is
 * seen by the next agent.
 */
export interface PersonaManager {
  /** Every valid persona, by id (disabled ones included); invalid files are skipped and logged. */
  list(): Result<readonly Persona[], KernelError>;
  get(id: string): Result<Persona, KernelError>;
  create(input: PersonaInput): Result<Persona, KernelError>;
  update(id: string, changes: PersonaUpdate): Result<Persona, KernelError>;
  /** Deletes a persona; the current default cannot be deleted (`invalid-state`). */
  remove(id: string): Result<void, KernelError>;
  /** The id of the global default: the one set through {@link setDefault}, else `[personas] default`. */
  defaultId(): Result<string, KernelError>;
  /** Makes an enabled persona the global default; persisted. */
  setDefault(id: string): Result<Persona, KernelError>;
  /** Stores (or with `null` clears) a session's persona override on its record (`persona_id`). */
  setSessionPersona(sessionId: string, personaId: string | null): Result<SessionRecord, KernelError>;
  /**
   * The persona an agent should use now: the session's override when it names an enabled
   * persona, else the global default, else `dev`, else a built-in fallback. Fails only when
   * the session does not exist or the store fails.
   */
  resolvePersona(sessionId?: string): Result<Persona, KernelError>;
  /** Writes the bundled personas (dev, review, research) on the first run; later calls do nothing. */
  installDefaults(): Result<readonly string[], KernelError>;
}
