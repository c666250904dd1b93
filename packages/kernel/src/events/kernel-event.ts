/**
 * Every event the kernel publishes, discriminated by its kebab-case `type` (`noun-verb`).
 * Subsystems define their own event unions next to their code; this union collects them.
 */
export type KernelEvent = KernelLifecycleEvent;

/** The kernel itself starting and stopping. */
export type KernelLifecycleEvent =
  | { readonly type: 'kernel-started'; readonly version: string; readonly home: string }
  | { readonly type: 'kernel-stopping'; readonly reason: string };
