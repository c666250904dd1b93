import { hasRole } from '../../routing/view-registry.js';
import { subPathOf } from '../../routing/sub-path.js';
import type { ViewProps } from '../../shell/view-props.js';
import { PersonaDetail } from './persona-detail.js';
import { PersonaList } from './persona-list.js';

/** Personas: the list (and a new one) at `/personas`, one persona with its editor at `/personas/<id>`. */
export function PersonasView({ client, caller, pathname }: ViewProps) {
  const id = subPathOf('/personas', pathname);
  const manage = hasRole(caller.role, 'superuser');
  return id === undefined ? (
    <PersonaList client={client} manage={manage} />
  ) : (
    <PersonaDetail key={id} client={client} id={id} manage={manage} />
  );
}
