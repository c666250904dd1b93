import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONFIG_FILE_NAME,
  DEFAULT_CONFIG_TOML,
  ENV_OVERRIDES,
  ensureHome,
  ioError,
  loadConfig,
  redactSecrets,
  resolveHome,
  validateConfig,
  type Environment,
  type KernelError,
} from '@oxios/kernel';
import { err, ok, okAsync, type Result } from 'neverthrow';
import { parse } from 'smol-toml';
import { setTomlValue } from '../../config-edit/set-toml-value.js';
import { fromKernelError } from '../../errors/from-kernel-error.js';
import { EXIT } from '../../exit-codes.js';
import { cliError } from '../../errors/cli-error.js';
import type { ConfigSource } from '../config-source.js';
import { readHomeLock } from '../read-home-lock.js';

function writeAtomically(path: string, text: string): Result<void, KernelError> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, { mode: 0o600 });
    renameSync(temporary, path);
    return ok(undefined);
  } catch (error) {
    return err(ioError('write', path, error));
  }
}

/** `config show|get|set` on `$OXIOS_HOME/config.toml`. */
export function createFileConfigSource(env: Environment): ConfigSource {
  return {
    view: () =>
      okAsync(undefined).andThen(() =>
        loadConfig({ env })
          .map(({ home, configPath, ...settings }) => ({ home, configPath, config: redactSecrets(settings) }))
          .mapErr(fromKernelError),
      ),
    set: (key, value) =>
      okAsync(undefined).andThen(() => {
        const home = resolveHome(env);
        const path = join(home, CONFIG_FILE_NAME);
        let current: string;
        try {
          // A first `config set` starts from the commented default, as the first server start would.
          current = existsSync(path) ? readFileSync(path, 'utf8') : DEFAULT_CONFIG_TOML;
        } catch (error) {
          return err(fromKernelError(ioError('read', path, error)));
        }
        let edited: { text: string; commentsKept: boolean };
        try {
          edited = setTomlValue(current, key, value);
        } catch (error) {
          return err(
            cliError(
              'config-parse',
              `${path} is not valid TOML: ${(error as Error).message.split('\n')[0]}`,
              EXIT.usage,
              {
                hint: 'fix the file first; `oxios config validate` shows where',
              },
            ),
          );
        }
        const valid = validateConfig(parse(edited.text), path);
        if (valid.isErr()) return err(fromKernelError(valid.error));
        const override = ENV_OVERRIDES.find((each) => `${each.section}.${each.key}` === key);
        const overriddenBy = override && env[override.variable] ? override.variable : null;
        return ensureHome(home)
          .andThen(() => writeAtomically(path, edited.text))
          .mapErr(fromKernelError)
          .map(() => ({
            key,
            value,
            path,
            restartRequired: readHomeLock(home) !== undefined,
            commentsKept: edited.commentsKept,
            overriddenBy,
          }));
      }),
  };
}
