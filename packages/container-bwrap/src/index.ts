/**
 * @oxios/container-bwrap — an Oxios ContainerBackend over bubblewrap (Linux).
 *
 * Imports only types from @oxios/kernel; plug it in with
 * `selectContainerBackend({ factories: { bwrap: () => createBwrapBackend({ hide: [home] }) } })`.
 */
export { createBwrapBackend, type BwrapBackend, type BwrapBackendOptions } from './bwrap-backend.js';
export {
  buildBwrapArgv,
  SANDBOX_HOME,
  SANDBOX_PATH,
  SANDBOX_WORKSPACE,
  STATUS_FD,
  type BwrapArgvInput,
} from './bwrap-argv.js';
export { buildLaunch, CGROUP_JOIN_SCRIPT, rlimitsFor, type Launch, type Rlimits } from './launcher.js';
export { hostRootLayout, SYSTEM_ENTRIES, type Mask, type RootEntry, type RootLayout } from './root-layout.js';
