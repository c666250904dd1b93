import { hasRole } from '../../routing/view-registry.js';
import { subPathOf } from '../../routing/sub-path.js';
import type { ViewProps } from '../../shell/view-props.js';
import { ContainerDetail } from './container-detail.js';
import { ContainerList } from './container-list.js';

/** Containers: the backend's guarantees and the list at `/containers`, one with its console at `/containers/<name>`. */
export function ContainersView({ client, caller, pathname }: ViewProps) {
  const name = subPathOf('/containers', pathname);
  const manage = hasRole(caller.role, 'superuser');
  return name === undefined ? (
    <ContainerList client={client} manage={manage} />
  ) : (
    <ContainerDetail key={name} client={client} name={name} manage={manage} />
  );
}
