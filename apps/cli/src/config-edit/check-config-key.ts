import { validateConfig } from '@oxios/kernel';
import { err, ok, type Result } from 'neverthrow';
import { cliError, type CliError } from '../errors/cli-error.js';
import { EXIT } from '../exit-codes.js';
import { setDotted } from './dotted.js';

const KEY = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/**
 * Checks that `key` names a setting of the config schema (set or not): validating a document with
 * only that key tells an unknown key ("unknown key (expected one of: …)") from a known one.
 */
export function checkConfigKey(key: string): Result<string, CliError> {
  if (!KEY.test(key)) {
    return err(cliError('invalid-argument', `"${key}" is not a dotted key such as server.port`, EXIT.usage));
  }
  const probe = validateConfig(setDotted({}, key, null), 'key');
  if (probe.isErr() && probe.error.code === 'config-invalid') {
    const unknown = probe.error.issues.find(
      (issue) => key.startsWith(issue.path) && issue.message.startsWith('unknown key'),
    );
    if (unknown) {
      return err(
        cliError('invalid-argument', `${unknown.path}: ${unknown.message}`, EXIT.usage, {
          hint: 'see every setting with `oxios config show`',
        }),
      );
    }
  }
  return ok(key);
}
