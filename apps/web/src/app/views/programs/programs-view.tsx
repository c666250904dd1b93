import { hasRole } from '../../routing/view-registry.js';
import { subPathOf } from '../../routing/sub-path.js';
import type { ViewProps } from '../../shell/view-props.js';
import { ProgramDetailView } from './program-detail.js';
import { ProgramList } from './program-list.js';

/** Programs: the list (and install) at `/programs`, one program at `/programs/<name>`. */
export function ProgramsView({ client, caller, pathname }: ViewProps) {
  const name = subPathOf('/programs', pathname);
  const manage = hasRole(caller.role, 'superuser');
  return name === undefined ? (
    <ProgramList client={client} manage={manage} />
  ) : (
    <ProgramDetailView key={name} client={client} name={name} manage={manage} />
  );
}
