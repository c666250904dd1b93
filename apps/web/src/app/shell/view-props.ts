import type { Caller, HttpOptions, OxiosClient } from '@oxios/sdk-client';
import type { Capabilities } from '../routing/view-registry.js';

/** What every view receives from the shell. */
export interface ViewProps {
  readonly client: OxiosClient;
  /** The client's connection settings, for views that open their own event stream. */
  readonly http: HttpOptions;
  readonly caller: Caller;
  /** Routes the server has (undefined while unknown). */
  readonly capabilities: Capabilities;
  /** The current path (views with sub-paths read their parameter from it). */
  readonly pathname: string;
}
