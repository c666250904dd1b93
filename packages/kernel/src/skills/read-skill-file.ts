import { lstatSync, readFileSync } from 'node:fs';
import { err, ok, type Result } from 'neverthrow';
import { parseFrontmatter } from '../content/parse-frontmatter.js';
import { validateContent } from '../content/validate-content.js';
import { contentInvalid, ioError, notFound, unsafeContent } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { MAX_SKILL_BYTES, SkillFrontmatterSchema, SkillRequirementsSchema, type Skill } from './skill-schema.js';

/** Reads and validates `path` (a SKILL.md, never through a symlink) of the skill `name`. */
export function readSkillFile(path: string, name: string): Result<Skill, KernelError> {
  let text: string;
  try {
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (info === undefined) return err(notFound('skill', name));
    if (!info.isFile()) return err(unsafeContent(path, path, 'link', 'expected a regular file'));
    if (info.size > MAX_SKILL_BYTES + 4096) {
      return err(unsafeContent(path, path, 'file-too-large', `larger than ${MAX_SKILL_BYTES} bytes`));
    }
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    return err(ioError('read', path, cause));
  }
  return parseFrontmatter(text, path).andThen(({ data, body }) =>
    validateContent(SkillFrontmatterSchema, data, path).andThen((front) =>
      front.name === name
        ? ok({
            name,
            description: front.description,
            requirements: front.requirements ?? SkillRequirementsSchema.parse({}),
            body: body.trim(),
            path,
          })
        : err(contentInvalid(path, [{ path: 'name', message: `expected ${JSON.stringify(name)} (the folder name)` }])),
    ),
  );
}
