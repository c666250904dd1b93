import { err, ok, type Result } from 'neverthrow';
import { invalidArgument } from '../../errors/constructors.js';
import type { InvalidArgumentError } from '../../errors/kernel-error.js';

/** `user@host:path`, the scp-like form git accepts for ssh. */
const SCP_LIKE = /^([A-Za-z0-9][A-Za-z0-9._-]{0,63})@([A-Za-z0-9][A-Za-z0-9.-]{0,252}):([A-Za-z0-9_~][^\s:]*)$/;
const ALLOWED_SCHEMES = new Set(['https:', 'ssh:', 'file:']);
/** A branch or tag name for `--branch`. */
const REF_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._/-]{0,127}$/;

function refuse(reason: string): Result<never, InvalidArgumentError> {
  return err(invalidArgument('url', reason));
}

/**
 * Checks a git URL before it reaches `git clone`. Accepted: `https://host/…`, `ssh://host/…`,
 * `user@host:path` and `file:///absolute/path`. Refused: anything starting with `-` (git would
 * read it as an option), remote-helper syntax (`ext::`, `fd::`, any `::`), other schemes
 * (`http:`, `git:`, `ext:`), plain local paths, hosts or users starting with `-` (ssh option
 * injection), whitespace and control bytes, and URLs over 2048 characters.
 */
export function validateGitUrl(url: string): Result<string, InvalidArgumentError> {
  if (url.length === 0 || url.length > 2048) return refuse('expected a git URL of 1–2048 characters');
  if (url.startsWith('-')) return refuse('a git URL may not start with "-"');
  if (/[\s\p{Cc}]/u.test(url)) return refuse('a git URL may not contain whitespace or control characters');
  if (url.includes('::')) return refuse('remote-helper URLs ("transport::address") are not allowed');
  if (SCP_LIKE.test(url)) return ok(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse('expected https://, ssh://, user@host:path or file:// URL');
  }
  if (!ALLOWED_SCHEMES.has(parsed.protocol)) {
    return refuse(`scheme ${JSON.stringify(parsed.protocol)} is not allowed (use https://, ssh:// or file://)`);
  }
  if (parsed.protocol === 'file:') {
    return parsed.host === '' && parsed.pathname.startsWith('/') ? ok(url) : refuse('expected file:///absolute/path');
  }
  if (parsed.hostname === '' || parsed.hostname.startsWith('-') || parsed.username.startsWith('-')) {
    return refuse('the host and user may not be empty or start with "-"');
  }
  return ok(url);
}

/** Checks a branch or tag name passed to `git clone --branch`. */
export function validateGitRef(ref: string): Result<string, InvalidArgumentError> {
  return REF_PATTERN.test(ref) && !ref.includes('..') && !ref.endsWith('.lock') && !ref.endsWith('/')
    ? ok(ref)
    : err(invalidArgument('ref', 'expected a branch or tag name (letters, digits, "_", ".", "/", "-")'));
}
