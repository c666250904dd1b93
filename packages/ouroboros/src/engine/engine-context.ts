import type { Logger } from '../logger.js';
import type { LlmPort } from '../port/llm-port.js';
import type { ProtocolConfig } from '../protocol/protocol-config.js';

/** What every engine operation needs; built once by `createOuroborosEngine`. */
export interface EngineContext {
  readonly port: LlmPort;
  readonly config: ProtocolConfig;
  readonly logger: Logger;
  /** Time limit of one structured exchange (a reply and its repair), in milliseconds. */
  readonly timeoutMs: number;
  readonly createSeedId: () => string;
  readonly now: () => Date;
}
