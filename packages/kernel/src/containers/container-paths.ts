import { dirname, join } from 'node:path';

/** Folder under OXIOS_HOME that holds one folder per container. */
export const CONTAINERS_DIRECTORY = 'containers';

/** Host paths of one container: its folder and the workspace inside it. */
export interface ContainerPaths {
  /** `$OXIOS_HOME/containers/<name>` */
  readonly directory: string;
  /** `$OXIOS_HOME/containers/<name>/workspace` */
  readonly workspace: string;
}

/**
 * Paths of container `name` (already validated). Throws if the name would leave the containers
 * folder — validation makes that impossible, so it would be a bug.
 */
export function containerPaths(home: string, name: string): ContainerPaths {
  const root = join(home, CONTAINERS_DIRECTORY);
  const directory = join(root, name);
  if (dirname(directory) !== root || name === '.' || name === '..') {
    throw new Error(`container name ${JSON.stringify(name)} escapes ${root}`);
  }
  return { directory, workspace: join(directory, 'workspace') };
}
