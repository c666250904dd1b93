import { hasRole } from '../../routing/view-registry.js';
import { subPathOf } from '../../routing/sub-path.js';
import type { ViewProps } from '../../shell/view-props.js';
import { SkillDetail } from './skill-detail.js';
import { SkillList } from './skill-list.js';

/** Skills: the list (and a new one) at `/skills`, one skill with its editor at `/skills/<name>`. */
export function SkillsView({ client, caller, pathname }: ViewProps) {
  const name = subPathOf('/skills', pathname);
  const manage = hasRole(caller.role, 'superuser');
  return name === undefined ? (
    <SkillList client={client} manage={manage} />
  ) : (
    <SkillDetail key={name} client={client} name={name} manage={manage} />
  );
}
