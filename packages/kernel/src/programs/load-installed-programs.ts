import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { ioError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { Logger } from '../logger/logger.js';
import type { ProgramRepository, ProgramStateRecord } from './program-repository.js';
import { PROGRAM_NAME_RULE } from './program-name.js';
import { readProgramFolder } from './read-program-folder.js';
import type { Program } from './types.js';

/** Builds a Program from its folder contents and its persisted state. */
export function toProgram(
  path: string,
  folder: ReturnType<typeof readProgramFolder> extends Result<infer T, unknown> ? T : never,
  state: ProgramStateRecord | undefined,
): Program {
  const { manifest, skill } = folder;
  return {
    name: manifest.program.name,
    version: manifest.program.version,
    description: manifest.program.description,
    author: manifest.program.author,
    enabled: state?.enabled ?? true,
    source: state?.source ?? { kind: 'unknown' },
    installedAt: state?.installedAt ?? 0,
    path,
    tools: Object.keys(manifest.tools).sort(),
    manifest,
    skill,
  };
}

/**
 * Every valid program folder under `programsDir`, in name order, with its persisted state.
 * Entries whose name breaks the rule, symlinks, dot-folders (`.staging`) and folders with an
 * invalid program.toml are skipped (the last are logged). Rows whose folder is gone are removed.
 */
export function loadInstalledPrograms(
  programsDir: string,
  repository: ProgramRepository,
  logger: Logger,
): Result<Program[], KernelError> {
  let names: string[];
  try {
    names = readdirSync(programsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && PROGRAM_NAME_RULE.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (cause) {
    return err(ioError('list', programsDir, cause));
  }
  const states = repository.all();
  if (states.isErr()) return err(states.error);
  const programs: Program[] = [];
  for (const name of names) {
    const path = join(programsDir, name);
    const folder = readProgramFolder(path, name);
    if (folder.isErr()) {
      logger.warn({ program: name, err: folder.error }, 'skipping a program whose folder is invalid');
      continue;
    }
    programs.push(toProgram(path, folder.value, states.value.get(name)));
  }
  for (const name of states.value.keys()) {
    if (!names.includes(name)) {
      const removed = repository.remove(name);
      if (removed.isErr()) return err(removed.error);
    }
  }
  return ok(programs);
}
