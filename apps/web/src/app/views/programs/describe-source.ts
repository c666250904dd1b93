import type { Program } from '@oxios/sdk-client';

/** Where a program came from, in a few words (`git https://… @v1`, `tarball https://…`). */
export function describeSource(source: Program['source']): string {
  const where = source.url ?? source.path ?? source.name ?? '';
  const ref = source.ref === undefined ? '' : ` @${source.ref}`;
  return `${source.kind}${where === '' ? '' : ` ${where}`}${ref}`;
}
