import { err, ok, type Result } from 'neverthrow';
import type { OxiosConfig } from './config/schema.js';
import type { KernelError } from './errors/kernel-error.js';
import type { EventBus } from './events/event-bus.js';
import type { KernelEvent } from './events/kernel-event.js';
import type { Logger } from './logger/logger.js';
import { createMemoryStore } from './memory/create-memory-store.js';
import type { MemoryStore } from './memory/types.js';
import { createPersonaManager } from './personas/create-persona-manager.js';
import { createPromptResolver, type PromptResolver } from './personas/create-prompt-resolver.js';
import type { PersonaManager } from './personas/types.js';
import { createProgramManager } from './programs/create-program-manager.js';
import type { ProgramManager } from './programs/types.js';
import { createSkillStore, type SkillStore } from './skills/create-skill-store.js';
import type { SessionRepository } from './store/repositories/session-repository.js';
import { createSettingsRepository, type SettingsRepository } from './store/repositories/settings-repository.js';
import type { Store } from './store/store.js';

/** The subsystems that extend Oxios, built once per kernel. */
export interface Extensions {
  readonly settings: SettingsRepository;
  readonly programs: ProgramManager;
  readonly skills: SkillStore;
  readonly personas: PersonaManager;
  readonly prompts: PromptResolver;
  readonly memory: MemoryStore;
}

/** What {@link createExtensions} builds on. */
export interface ExtensionsOptions {
  readonly config: OxiosConfig;
  readonly store: Store;
  readonly bus: EventBus<KernelEvent>;
  readonly logger: Logger;
  readonly sessions: SessionRepository;
}

/**
 * Builds the program manager, skill store, persona manager and prompt resolver over one store
 * and bus; {@link installExtensionDefaults} then installs the bundled defaults.
 */
export function createExtensions(options: ExtensionsOptions): Result<Extensions, KernelError> {
  const { config, store, bus, logger, sessions } = options;
  const settings = createSettingsRepository(store);
  const programs = createProgramManager({ home: config.home, store, config: config.programs, settings, bus, logger });
  if (programs.isErr()) return err(programs.error);
  const skills = createSkillStore({ home: config.home, settings, logger });
  if (skills.isErr()) return err(skills.error);
  const personas = createPersonaManager({
    home: config.home,
    config: config.personas,
    settings,
    sessions,
    bus,
    logger,
  });
  if (personas.isErr()) return err(personas.error);
  const memory = createMemoryStore({ home: config.home, store, config: config.memory, bus, logger });
  if (memory.isErr()) return err(memory.error);
  const prompts = createPromptResolver({
    personas: personas.value,
    skills: skills.value,
    programs: programs.value,
    sessions,
  });
  return ok({
    settings,
    programs: programs.value,
    skills: skills.value,
    personas: personas.value,
    prompts,
    memory: memory.value,
  });
}

/**
 * Startup housekeeping: installs the bundled default programs, skills and personas on the first
 * run (each subsystem remembers that it did), re-indexes memory notes edited by hand and prunes
 * notes past their retention. A failure here is logged, not fatal.
 */
export function startExtensions(extensions: Extensions, logger: Logger): void {
  for (const [subsystem, installed] of [
    ['programs', extensions.programs.installDefaults()],
    ['skills', extensions.skills.installDefaults()],
    ['personas', extensions.personas.installDefaults()],
  ] as const) {
    if (installed.isErr()) logger.warn({ subsystem, err: installed.error }, 'default assets were not installed');
    else if (installed.value.length > 0) logger.info({ subsystem, installed: installed.value }, 'defaults installed');
  }
  const reindexed = extensions.memory.reindex();
  if (reindexed.isErr()) logger.warn({ err: reindexed.error }, 'memory index was not rebuilt');
  const pruned = extensions.memory.prune();
  if (pruned.isErr()) logger.warn({ err: pruned.error }, 'memory retention was not applied');
}
