import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { findAssetsDir } from '../content/find-assets-dir.js';
import { renderFrontmatter } from '../content/render-frontmatter.js';
import { resolveUnderRoot } from '../content/resolve-under-root.js';
import { validateContent } from '../content/validate-content.js';
import { writeFileAtomic } from '../content/write-file-atomic.js';
import { alreadyExists, ioError, notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { noopLogger, type Logger } from '../logger/logger.js';
import type { SettingsRepository } from '../store/repositories/settings-repository.js';
import { readSkillFile } from './read-skill-file.js';
import { SKILL_NAME_RULE, validateSkillName } from './skill-name.js';
import { SkillInputSchema, type Skill, type SkillInput, type SkillSummary, type SkillText } from './skill-schema.js';

/** Skills under `$OXIOS_HOME/skills/<name>/SKILL.md`. */
export interface SkillStore {
  /** Every valid skill, by name; invalid files are skipped (and logged). */
  list(): Result<readonly SkillSummary[], KernelError>;
  get(name: string): Result<Skill, KernelError>;
  /** Creates a skill; `already-exists` when the name is taken. */
  create(input: SkillInput): Result<Skill, KernelError>;
  /** Replaces the description, body or requirements of an existing skill. */
  update(name: string, changes: Partial<Omit<SkillInput, 'name'>>): Result<Skill, KernelError>;
  remove(name: string): Result<void, KernelError>;
  /** The texts of the named skills, in the order given, for the system prompt. Missing ones are skipped. */
  texts(names: readonly string[]): Result<readonly SkillText[], KernelError>;
  /** Copies the bundled default skills on the first run; later calls do nothing. */
  installDefaults(): Result<readonly string[], KernelError>;
}

/** Options of {@link createSkillStore}. */
export interface SkillStoreOptions {
  readonly home: string;
  readonly settings: SettingsRepository;
  readonly logger?: Logger;
  /** Folder of bundled skills; default the kernel's `assets/skills`. */
  readonly bundledDir?: string;
}

/** Settings key recording that the default skills were installed once. */
export const SKILL_DEFAULTS_SETTING = 'skills.defaults-installed';

/** Creates the skill store, making `<home>/skills` when missing. */
export function createSkillStore(options: SkillStoreOptions): Result<SkillStore, KernelError> {
  const root = join(options.home, 'skills');
  try {
    mkdirSync(root, { recursive: true, mode: 0o700 });
  } catch (cause) {
    return err(ioError('create', root, cause));
  }
  const logger = (options.logger ?? noopLogger).child({ component: 'skills' });
  const bundledDir = options.bundledDir ?? join(findAssetsDir() ?? '', 'skills');
  const folderOf = (name: string) => validateSkillName(name).andThen((valid) => resolveUnderRoot(root, [valid]));
  const get = (name: string) => folderOf(name).andThen((folder) => readSkillFile(join(folder, 'SKILL.md'), name));
  const write = (input: SkillInput, folder: string): Result<Skill, KernelError> =>
    validateContent(SkillInputSchema, input, 'skill').andThen((valid) => {
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
      } catch (cause) {
        return err(ioError('create', folder, cause));
      }
      const front = { name: valid.name, description: valid.description, requirements: valid.requirements };
      const path = join(folder, 'SKILL.md');
      return writeFileAtomic(path, renderFrontmatter(front, valid.body)).andThen(() => readSkillFile(path, valid.name));
    });

  const store: SkillStore = {
    list() {
      let names: string[];
      try {
        names = readdirSync(root, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && SKILL_NAME_RULE.test(entry.name))
          .map((entry) => entry.name)
          .sort();
      } catch (cause) {
        return err(ioError('list', root, cause));
      }
      const skills: SkillSummary[] = [];
      for (const name of names) {
        const skill = get(name);
        if (skill.isErr()) {
          logger.warn({ skill: name, err: skill.error }, 'skipping an invalid skill');
          continue;
        }
        const { body: _body, ...summary } = skill.value;
        skills.push(summary);
      }
      return ok(skills);
    },
    get,
    create(input) {
      return folderOf(input.name).andThen((folder) =>
        existsSync(folder) ? err(alreadyExists('skill', input.name)) : write(input, folder),
      );
    },
    update(name, changes) {
      return get(name).andThen((current) =>
        folderOf(name).andThen((folder) =>
          write(
            {
              name,
              description: changes.description ?? current.description,
              body: changes.body ?? current.body,
              requirements: changes.requirements ?? current.requirements,
            },
            folder,
          ),
        ),
      );
    },
    remove(name) {
      return folderOf(name).andThen((folder) => {
        if (lstatSync(folder, { throwIfNoEntry: false })?.isDirectory() !== true) return err(notFound('skill', name));
        try {
          rmSync(folder, { recursive: true });
          return ok(undefined);
        } catch (cause) {
          return err(ioError('remove', folder, cause));
        }
      });
    },
    texts(names) {
      const texts: SkillText[] = [];
      for (const name of new Set(names)) {
        const skill = get(name);
        if (skill.isOk()) {
          texts.push({ name, text: skill.value.body });
        } else if (skill.error.code === 'not-found' || skill.error.code === 'invalid-argument') {
          logger.warn({ skill: name }, 'a selected skill does not exist');
        } else {
          return err(skill.error);
        }
      }
      return ok(texts);
    },
    installDefaults() {
      return options.settings.get(SKILL_DEFAULTS_SETTING).andThen((done) => {
        if (done !== undefined || !existsSync(bundledDir)) return ok([]);
        const installed: string[] = [];
        for (const name of readdirSync(bundledDir)
          .filter((entry) => SKILL_NAME_RULE.test(entry))
          .sort()) {
          const folder = folderOf(name);
          if (folder.isErr()) return err(folder.error);
          if (existsSync(folder.value)) continue;
          try {
            cpSync(join(bundledDir, name), folder.value, { recursive: true, errorOnExist: true, force: false });
          } catch (cause) {
            return err(ioError('copy', join(bundledDir, name), cause));
          }
          installed.push(name);
        }
        return options.settings.set(SKILL_DEFAULTS_SETTING, new Date().toISOString()).map(() => installed);
      });
    },
  };
  return ok(store);
}
