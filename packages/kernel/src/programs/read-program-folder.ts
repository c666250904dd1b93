import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { parse, TomlError } from 'smol-toml';
import { parseFrontmatter } from '../content/parse-frontmatter.js';
import { resolveUnderRoot } from '../content/resolve-under-root.js';
import { validateContent } from '../content/validate-content.js';
import { contentInvalid, ioError, unsafeContent } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { BUNDLED_COMMAND_PATTERN, ProgramManifestSchema, type ProgramManifest } from './program-manifest.js';

/** The manifest file of a program folder. */
export const PROGRAM_MANIFEST_FILE = 'program.toml';
/** The optional prompt text of a program folder. */
export const PROGRAM_SKILL_FILE = 'SKILL.md';
const MAX_MANIFEST_BYTES = 262_144;
const MAX_SKILL_BYTES = 1_048_576;

/** Reads a regular file (never through a symlink) of at most `max` bytes; `undefined` when absent. */
function readPlainFile(path: string, max: number): Result<string | undefined, KernelError> {
  try {
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (info === undefined) return ok(undefined);
    if (!info.isFile()) return err(unsafeContent(path, path, 'link', 'expected a regular file'));
    if (info.size > max) return err(unsafeContent(path, path, 'file-too-large', `larger than ${max} bytes`));
    return ok(readFileSync(path, 'utf8'));
  } catch (cause) {
    return err(ioError('read', path, cause));
  }
}

function parseManifest(text: string, source: string): Result<ProgramManifest, KernelError> {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (cause) {
    if (!(cause instanceof TomlError)) throw cause;
    const reason = cause.message.split('\n')[0] ?? 'invalid TOML';
    return err(contentInvalid(source, [{ path: '', message: `line ${cause.line}: ${reason}` }]));
  }
  return validateContent(ProgramManifestSchema, raw, source);
}

function checkBundledCommands(dir: string, manifest: ProgramManifest, source: string): Result<void, KernelError> {
  for (const [tool, definition] of Object.entries(manifest.tools)) {
    const command = definition.command[0] ?? '';
    if (!BUNDLED_COMMAND_PATTERN.test(command)) continue;
    const path = resolveUnderRoot(dir, command.split('/'));
    if (path.isErr()) return err(path.error);
    if (lstatSync(path.value, { throwIfNoEntry: false })?.isFile() !== true) {
      return err(
        contentInvalid(source, [
          { path: `tools.${tool}.command.0`, message: `${command} is not a file of the program` },
        ]),
      );
    }
  }
  return ok(undefined);
}

/**
 * Reads and validates a program folder: `program.toml` (zod schema, name, tools) and the body of
 * `SKILL.md` when present. With `expectedName`, the manifest's name must equal it (the folder
 * name), so a renamed folder cannot pose as another program.
 */
export function readProgramFolder(
  dir: string,
  expectedName?: string,
): Result<{ manifest: ProgramManifest; skill: string }, KernelError> {
  const manifestPath = join(dir, PROGRAM_MANIFEST_FILE);
  const manifestText = readPlainFile(manifestPath, MAX_MANIFEST_BYTES);
  if (manifestText.isErr()) return err(manifestText.error);
  if (manifestText.value === undefined) {
    return err(contentInvalid(manifestPath, [{ path: '', message: 'the program has no program.toml' }]));
  }
  const manifest = parseManifest(manifestText.value, manifestPath);
  if (manifest.isErr()) return err(manifest.error);
  if (expectedName !== undefined && manifest.value.program.name !== expectedName) {
    const message = `expected ${JSON.stringify(expectedName)} (the folder name)`;
    return err(contentInvalid(manifestPath, [{ path: 'program.name', message }]));
  }
  const checked = checkBundledCommands(dir, manifest.value, manifestPath);
  if (checked.isErr()) return err(checked.error);
  const skillPath = join(dir, PROGRAM_SKILL_FILE);
  return readPlainFile(skillPath, MAX_SKILL_BYTES)
    .andThen((text) => (text === undefined ? ok({ body: '' }) : parseFrontmatter(text, skillPath)))
    .map(({ body }) => ({ manifest: manifest.value, skill: body.trim() }));
}
