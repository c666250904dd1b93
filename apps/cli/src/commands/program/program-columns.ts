import type { ProgramSource } from '@oxios/kernel';
import type { ProgramView } from '../../backend/views.js';
import type { Column } from '../../render/print-table.js';

/** Where a program came from, in one short phrase. */
export function describeSource(source: ProgramSource | { readonly kind: 'unknown' }): string {
  switch (source.kind) {
    case 'directory':
    case 'tarball':
      return source.path;
    case 'git':
      return source.ref === undefined ? source.url : `${source.url}#${source.ref}`;
    case 'tarball-url':
      return source.url;
    case 'bundled':
      return `bundled (${source.name})`;
    case 'unknown':
      return 'placed by hand';
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
