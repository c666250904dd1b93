import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import type { PersonasSection } from '../config/sections/personas.js';
import { findAssetsDir } from '../content/find-assets-dir.js';
import { renderFrontmatter } from '../content/render-frontmatter.js';
import { resolveUnderRoot } from '../content/resolve-under-root.js';
import { validateContent } from '../content/validate-content.js';
import { writeFileAtomic } from '../content/write-file-atomic.js';
import { alreadyExists, invalidState, ioError, notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { EventSink } from '../events/event-sink.js';
import { noopLogger, type Logger } from '../logger/logger.js';
import type { SessionRepository } from '../store/repositories/session-repository.js';
import type { SettingsRepository } from '../store/repositories/settings-repository.js';
import type { PersonaEvent } from './persona-events.js';
import { PERSONA_ID_RULE, validatePersonaId } from './persona-id.js';
import { FALLBACK_PERSONA, PersonaInputSchema, type Persona, type PersonaInput } from './persona-schema.js';
import { readPersonaFile } from './read-persona-file.js';
import type { PersonaManager } from './types.js';

/** Options of {@link createPersonaManager}. */
export interface PersonaManagerOptions {
  readonly home: string;
  readonly config: PersonasSection;
  readonly settings: SettingsRepository;
  readonly sessions: SessionRepository;
  readonly bus?: EventSink<PersonaEvent>;
  readonly logger?: Logger;
  /** Folder of bundled personas; default the kernel's `assets/personas`. */
  readonly bundledDir?: string;
}

/** Settings key of the default persona chosen through the API. */
export const PERSONA_DEFAULT_SETTING = 'personas.default';
/** Settings key recording that the bundled personas were written once. */
export const PERSONA_DEFAULTS_SETTING = 'personas.defaults-installed';

/** Creates the persona manager, making `<home>/personas` when missing. */
export function createPersonaManager(options: PersonaManagerOptions): Result<PersonaManager, KernelError> {
  const root = join(options.home, 'personas');
  try {
    mkdirSync(root, { recursive: true, mode: 0o700 });
  } catch (cause) {
    return err(ioError('create', root, cause));
  }
  const logger = (options.logger ?? noopLogger).child({ component: 'personas' });
  const bundledDir = options.bundledDir ?? join(findAssetsDir() ?? '', 'personas');
  const fileOf = (id: string) => validatePersonaId(id).andThen((valid) => resolveUnderRoot(root, [`${valid}.md`]));
  const get = (id: string) => fileOf(id).andThen((path) => readPersonaFile(path, id));
  const write = (input: PersonaInput, path: string): Result<Persona, KernelError> =>
    validateContent(PersonaInputSchema, input, 'persona').andThen(({ id, systemPrompt, ...front }) =>
      writeFileAtomic(path, renderFrontmatter(front, systemPrompt)).andThen(() => readPersonaFile(path, id)),
    );
  const defaultId = () =>
    options.settings.get(PERSONA_DEFAULT_SETTING).map((chosen) => chosen ?? options.config.default);
  const usable = (id: string | null | undefined): Persona | undefined => {
    if (id === null || id === undefined) return undefined;
    const persona = get(id);
    if (persona.isOk() && persona.value.enabled) return persona.value;
    logger.warn({ persona: id }, 'persona is missing, invalid or disabled; falling back');
    return undefined;
  };

  const manager: PersonaManager = {
    list() {
      let ids: string[];
      try {
        ids = readdirSync(root, { withFileTypes: true })
          .filter(
            (entry) => entry.isFile() && entry.name.endsWith('.md') && PERSONA_ID_RULE.test(entry.name.slice(0, -3)),
          )
          .map((entry) => entry.name.slice(0, -3))
          .sort();
      } catch (cause) {
        return err(ioError('list', root, cause));
      }
      return ok(ids.map(get).flatMap((persona) => (persona.isOk() ? [persona.value] : [])));
    },
    get,
    create(input) {
      return fileOf(input.id).andThen((path) =>
        existsSync(path) ? err(alreadyExists('persona', input.id)) : write(input, path),
      );
    },
    update(id, changes) {
      return get(id).andThen(({ id: _id, ...current }) =>
        fileOf(id).andThen((path) => write({ ...current, ...changes, id } as PersonaInput, path)),
      );
    },
    remove(id) {
      return fileOf(id).andThen((path) =>
        defaultId().andThen((current) => {
          if (current === id)
            return err(invalidState('persona', 'default', `persona "${id}" is the default; choose another first`));
          if (lstatSync(path, { throwIfNoEntry: false })?.isFile() !== true) return err(notFound('persona', id));
          rmSync(path);
          return ok(undefined);
        }),
      );
    },
    defaultId,
    setDefault(id) {
      return get(id).andThen((persona) => {
        if (!persona.enabled) return err(invalidState('persona', 'disabled', `persona "${id}" is disabled`));
        return options.settings.set(PERSONA_DEFAULT_SETTING, id).map(() => {
          options.bus?.publish({ type: 'persona-default-changed', personaId: id });
          return persona;
        });
      });
    },
    setSessionPersona(sessionId, personaId) {
      const chosen: Result<string | null, KernelError> =
        personaId === null ? ok(null) : get(personaId).map((persona) => persona.id);
      return chosen.andThen((id) =>
        options.sessions.update(sessionId, { personaId: id }).map((session) => {
          options.bus?.publish({ type: 'session-persona-changed', sessionId, userId: session.userId, personaId: id });
          return session;
        }),
      );
    },
    resolvePersona(sessionId) {
      const override =
        sessionId === undefined ? ok(null) : options.sessions.get(sessionId).map((session) => session.personaId);
      return override.andThen((sessionPersona) =>
        defaultId().map(
          (globalDefault) => usable(sessionPersona) ?? usable(globalDefault) ?? usable('dev') ?? FALLBACK_PERSONA,
        ),
      );
    },
    installDefaults() {
      return options.settings.get(PERSONA_DEFAULTS_SETTING).andThen((done) => {
        if (done !== undefined || !existsSync(bundledDir)) return ok([]);
        const installed: string[] = [];
        for (const file of readdirSync(bundledDir)
          .filter((name) => name.endsWith('.md'))
          .sort()) {
          const target = fileOf(file.slice(0, -3));
          if (target.isErr()) return err(target.error);
          if (existsSync(target.value)) continue;
          try {
            cpSync(join(bundledDir, file), target.value, { errorOnExist: true, force: false });
          } catch (cause) {
            return err(ioError('copy', join(bundledDir, file), cause));
          }
          installed.push(file.slice(0, -3));
        }
        return options.settings.set(PERSONA_DEFAULTS_SETTING, new Date().toISOString()).map(() => installed);
      });
    },
  };
  return ok(manager);
}
