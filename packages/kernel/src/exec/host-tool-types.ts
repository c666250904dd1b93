/** One probed host tool. */
export interface HostToolStatus {
  readonly name: string;
  readonly required: boolean;
  /** An executable of this name is on PATH. */
  readonly available: boolean;
  /** Version reported by the tool (e.g. `2.39.5`), when it reports one. */
  readonly version?: string;
  /** Absolute path of the executable found. */
  readonly path?: string;
}

/** The result of probing the configured host tools. */
export interface HostToolReport {
  /** Required tools first, each in the order asked. */
  readonly tools: readonly HostToolStatus[];
  /** Names of required tools that are missing. */
  readonly missingRequired: readonly string[];
  /** True when every required tool is available. */
  readonly ok: boolean;
}

/** Which tools to probe. */
export interface HostToolProbeRequest {
  readonly required: readonly string[];
  readonly optional?: readonly string[];
  readonly signal?: AbortSignal;
}
