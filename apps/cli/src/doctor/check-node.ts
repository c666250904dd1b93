import { check, type Check } from './check.js';

const MINIMUM = [22, 19] as const;

/** Node.js is new enough (node:sqlite, type stripping): ≥ 22.19. */
export function checkNode(version: string = process.versions.node): Check {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const ok = major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
  return ok
    ? check('node', 'pass', `Node.js ${version}`)
    : check('node', 'fail', `Node.js ${version} is too old (needs ≥ ${MINIMUM.join('.')})`, 'install Node.js 24 LTS');
}
