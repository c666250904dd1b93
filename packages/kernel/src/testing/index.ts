/**
 * @oxios/kernel/testing — helpers for testing code built on the kernel. Not needed at runtime.
 */
export { containerConformance } from './container-conformance.js';
export {
  ROOMY_LIMITS,
  type ConformanceCase,
  type ConformanceClaim,
  type ConformanceTarget,
} from './conformance-target.js';
