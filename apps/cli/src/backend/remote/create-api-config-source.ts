import { callApi, ConfigUpdateResponseSchema, ConfigViewSchema, type HttpOptions } from '@oxios/sdk-client';
import { REDACTED } from '@oxios/kernel';
import { errAsync } from 'neverthrow';
import { setDotted } from '../../config-edit/dotted.js';
import { cliError } from '../../errors/cli-error.js';
import { fromClientError } from '../../errors/from-client-error.js';
import { EXIT } from '../../exit-codes.js';
import type { ConfigSource } from '../config-source.js';

/** `config show|get|set` through a server's `GET/PUT /api/config` (admin). */
export function createApiConfigSource(http: HttpOptions, signal?: AbortSignal): ConfigSource {
  const withSignal = signal ? { signal } : {};
  const view = () =>
    callApi(http, { method: 'GET', path: '/api/config', response: ConfigViewSchema, ...withSignal }).mapErr((error) =>
      fromClientError(error, http.baseUrl),
    );
  return {
    view,
    set: (key, value) =>
      view().andThen((current) => {
        // PUT replaces the whole file: writing back redacted placeholders would destroy secrets.
        if (JSON.stringify(current.config).includes(JSON.stringify(REDACTED))) {
          return errAsync(
            cliError(
              'secrets-redacted',
              "the server's configuration holds secrets this client cannot see",
              EXIT.failure,
              {
                hint: `edit ${current.configPath} on the server's machine (or run \`oxios config set\` there)`,
              },
            ),
          );
        }
        return callApi(http, {
          method: 'PUT',
          path: '/api/config',
          body: { config: setDotted(current.config, key, value) },
          response: ConfigUpdateResponseSchema,
          ...withSignal,
        })
          .mapErr((error) => fromClientError(error, http.baseUrl))
          .map((update) => ({
            key,
            value,
            path: current.configPath,
            restartRequired: update.restartRequired,
            commentsKept: false,
            overriddenBy: null,
          }));
      }),
  };
}
