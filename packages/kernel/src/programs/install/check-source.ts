import { isAbsolute } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { validateProgramName } from '../program-name.js';
import type { ProgramSource, RecordedProgramSource } from '../types.js';
import { displayUrl } from './display-url.js';
import { validateTarballUrl } from './download-tarball.js';
import { validateGitRef, validateGitUrl } from './validate-git-url.js';

/**
 * Validates a source before anything is created for it: URLs and refs by their rules, local
 * paths absolute and NUL-free, bundled names by the program name rule.
 */
export function checkSource(source: ProgramSource): Result<ProgramSource, KernelError> {
  switch (source.kind) {
    case 'directory':
    case 'tarball':
      return isAbsolute(source.path) && !source.path.includes('\0')
        ? ok(source)
        : err(invalidArgument('path', 'expected an absolute path'));
    case 'git':
      return validateGitUrl(source.url)
        .andThen(() => (source.ref === undefined ? ok(undefined) : validateGitRef(source.ref)))
        .map(() => source);
    case 'tarball-url':
      return validateTarballUrl(source.url).map(() => source);
    case 'bundled':
      return validateProgramName(source.name).map(() => source);
    case 'upload':
      return isPlainFileName(source.fileName)
        ? ok(source)
        : err(
            invalidArgument('fileName', 'expected a plain file name (1–255 characters, no "/" or control characters)'),
          );
  }
}

/** A plain file name: 1–255 characters, no folders, no control characters, not `.` or `..`. */
function isPlainFileName(name: string): boolean {
  if (name.length === 0 || name.length > 255 || name === '.' || name === '..') return false;
  for (const character of name) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || character === '/' || character === '\\') return false;
  }
  return true;
}

/** How a source is named in errors and logs (passwords in URLs hidden). */
export function describeSource(source: ProgramSource): string {
  switch (source.kind) {
    case 'directory':
    case 'tarball':
      return source.path;
    case 'git':
    case 'tarball-url':
      return displayUrl(source.url);
    case 'bundled':
      return `bundled:${source.name}`;
    case 'upload':
      return `upload:${source.fileName}`;
  }
}

/** The source as recorded in the database: without secrets in URLs. */
export function recordedSource(source: ProgramSource): RecordedProgramSource {
  switch (source.kind) {
    case 'git':
      return { ...source, url: displayUrl(source.url) };
    case 'tarball-url':
      return { ...source, url: displayUrl(source.url) };
    case 'upload':
      return { kind: 'upload', fileName: source.fileName };
    case 'bundled':
    case 'directory':
    case 'tarball':
      return source;
  }
}
