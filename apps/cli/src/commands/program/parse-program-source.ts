import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ProgramSource } from '@oxios/kernel';
import { err, ok, type Result } from 'neverthrow';
import { cliError, type CliError } from '../../errors/cli-error.js';
import { EXIT } from '../../exit-codes.js';

const TARBALL = /\.(tar|tgz|tar\.gz)$/i;
const GIT = /^(https:\/\/|ssh:\/\/|git:\/\/|file:\/\/|git@[^:]+:)/;

/**
 * What `program install <source>` names: an `http(s)://…tar.gz` URL (a tarball to download), a
 * git URL (`https://`, `ssh://`, `git@host:path`, `file://`; `--ref` picks a branch or tag), or a
 * path on this machine — a folder holding program.toml, or a `.tar`, `.tgz`, `.tar.gz` file.
 * Paths are made absolute here, since a server resolves them on its own machine.
 */
export function parseProgramSource(
  text: string,
  ref: string | undefined,
  cwd: string,
): Result<ProgramSource, CliError> {
  if (/^https?:\/\//i.test(text) && TARBALL.test(new URL(text).pathname)) {
    return ref === undefined
      ? ok({ kind: 'tarball-url', url: text })
      : err(cliError('invalid-argument', 'ref: --ref is for git sources, not tarballs', EXIT.usage));
  }
  if (GIT.test(text)) return ok({ kind: 'git', url: text, ...(ref === undefined ? {} : { ref }) });
  const path = resolve(cwd, text);
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return err(
      cliError('not-found', `no program at ${path}`, EXIT.notFound, {
        hint: 'give a folder holding program.toml, a .tar.gz file, a git URL or an https:// tarball URL',
      }),
    );
  }
  if (ref !== undefined) return err(cliError('invalid-argument', 'ref: --ref is for git sources', EXIT.usage));
  if (stats.isDirectory()) return ok({ kind: 'directory', path });
  if (stats.isFile() && TARBALL.test(path)) return ok({ kind: 'tarball', path });
  return err(cliError('invalid-argument', `${path} is neither a folder nor a .tar, .tgz or .tar.gz file`, EXIT.usage));
}
