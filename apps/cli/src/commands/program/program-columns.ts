import type { ProgramView } from '../../backend/views.js';
import type { Column } from '../../render/print-table.js';

/** A program's source as the kernel or the API describes it (the API leaves host paths out). */
export interface SourceLike {
  readonly kind: string;
  readonly url?: string | undefined;
  readonly ref?: string | undefined;
  readonly path?: string | undefined;
  readonly name?: string | undefined;
}

/** Where a program came from, in one short phrase. */
export function describeSource(source: SourceLike): string {
  switch (source.kind) {
    case 'directory':
      return source.path ?? 'a local folder';
    case 'tarball':
      return source.path ?? 'a local tarball';
    case 'upload': // a local tarball this CLI (or a browser) sent to a server
      return 'a local tarball';
    case 'git': {
      const url = source.url ?? 'git';
      return source.ref === undefined ? url : `${url}#${source.ref}`;
    }
    case 'tarball-url':
      return source.url ?? 'a tarball URL';
    case 'bundled':
      return `bundled (${source.name ?? 'with Oxios'})`;
    case 'unknown':
      return 'placed by hand';
    default:
      return source.kind;
  }
}

/** The `program list` table. */
export const PROGRAM_COLUMNS: readonly Column<ProgramView>[] = [
  { heading: 'NAME', cell: (program) => program.name },
  { heading: 'VERSION', cell: (program) => program.version },
  { heading: 'ENABLED', cell: (program) => (program.enabled ? 'yes' : 'no') },
  { heading: 'TOOLS', cell: (program) => (program.tools.length === 0 ? '-' : program.tools.join(', ')) },
  { heading: 'DESCRIPTION', cell: (program) => program.description },
];
