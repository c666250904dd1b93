/**
 * @oxios/container-apple — an Oxios ContainerBackend over Apple's `container` CLI (macOS).
 *
 * Imports only types from @oxios/kernel; plug it in with
 * `selectContainerBackend({ factories: { apple: () => createAppleBackend() } })`.
 */
export { createAppleBackend, type AppleBackendOptions, type AppleTimeouts } from './apple-backend.js';
export { buildExecArgs, buildRunArgs, containerId, CONTAINER_WORKSPACE, MINIMUM_MEMORY_MIB } from './cli-args.js';
export { featuresOf, parseCliVersion, type CliFeatures } from './cli-features.js';
export { classifyCliError, type CliFailure } from './classify-cli-error.js';
export {
  ContainerJsonSchema,
  ContainerListSchema,
  SystemStatusSchema,
  toEpochMs,
  toSandboxInfo,
  type ContainerJson,
} from './container-json.js';
