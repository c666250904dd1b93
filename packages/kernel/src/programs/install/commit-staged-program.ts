import { lstatSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { resolveUnderRoot } from '../../content/resolve-under-root.js';
import { alreadyExists, installFailed, ioError } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { ProgramManifest } from '../program-manifest.js';
import { validateProgramName } from '../program-name.js';
import { PROGRAM_MANIFEST_FILE, readProgramFolder } from '../read-program-folder.js';

/** A program moved into place. */
export interface CommittedProgram {
  readonly name: string;
  readonly manifest: ProgramManifest;
  readonly path: string;
}

/** program.toml at the top, or inside the one folder at the top (as most tarballs are packed). */
function findProgramRoot(staged: string, label: string): Result<string, KernelError> {
  const isFile = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isFile() === true;
  if (isFile(join(staged, PROGRAM_MANIFEST_FILE))) return ok(staged);
  const top = readdirSync(staged, { withFileTypes: true });
  const only = top[0];
  if (top.length === 1 && only?.isDirectory() === true && isFile(join(staged, only.name, PROGRAM_MANIFEST_FILE))) {
    return ok(join(staged, only.name));
  }
  return err(installFailed(label, 'not-a-program', 'no program.toml at the top level'));
}

/**
 * The last step of every install: finds and validates the staged program, checks its name, and
 * renames its folder to `<programsDir>/<name>` — one atomic step; an existing program of that
 * name is `already-exists` and is left untouched.
 */
export function commitStagedProgram(
  staged: string,
  programsDir: string,
  label: string,
): Result<CommittedProgram, KernelError> {
  return findProgramRoot(staged, label).andThen((root) =>
    readProgramFolder(root).andThen(({ manifest }) =>
      validateProgramName(manifest.program.name)
        .andThen((name) => resolveUnderRoot(programsDir, [name]).map((path) => ({ name, path })))
        .andThen(({ name, path }): Result<CommittedProgram, KernelError> => {
          if (lstatSync(path, { throwIfNoEntry: false }) !== undefined) return err(alreadyExists('program', name));
          try {
            renameSync(root, path);
          } catch (cause) {
            const code = (cause as { code?: unknown }).code;
            return code === 'EEXIST' || code === 'ENOTEMPTY'
              ? err(alreadyExists('program', name))
              : err(ioError('rename', path, cause));
          }
          return ok({ name, manifest, path });
        }),
    ),
  );
}
