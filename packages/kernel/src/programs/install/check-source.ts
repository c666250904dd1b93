import { isAbsolute } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { validateProgramName } from '../program-name.js';
import type { ProgramSource } from '../types.js';
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
  }
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
  }
}

/** The source as recorded in the database: without secrets in URLs. */
export function recordedSource(source: ProgramSource): ProgramSource {
  switch (source.kind) {
    case 'git':
      return { ...source, url: displayUrl(source.url) };
    case 'tarball-url':
      return { ...source, url: displayUrl(source.url) };
    case 'bundled':
    case 'directory':
    case 'tarball':
      return source;
  }
}
