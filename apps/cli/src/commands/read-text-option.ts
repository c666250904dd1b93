import { readFile } from 'node:fs/promises';
import { err, ok, type Result } from 'neverthrow';
import { cliError, type CliError } from '../errors/cli-error.js';
import { EXIT } from '../exit-codes.js';

/** Text given inline (`--body TEXT`) or from a file (`--file PATH`); exactly one, or `fallback`. */
export async function readTextOption(
  inline: string | undefined,
  file: string | undefined,
  names: { inline: string; file: string },
  fallback?: string,
): Promise<Result<string, CliError>> {
  if (inline !== undefined && file !== undefined)
    return err(cliError('invalid-argument', `give ${names.inline} or ${names.file}, not both`, EXIT.usage));
  if (inline !== undefined) return ok(inline);
  if (file === undefined) {
    return fallback === undefined
      ? err(cliError('invalid-argument', `give ${names.inline} TEXT or ${names.file} PATH`, EXIT.usage))
      : ok(fallback);
  }
  try {
    return ok(await readFile(file, 'utf8'));
  } catch (error) {
    return err(cliError('io', `cannot read ${file}: ${(error as Error).message}`, EXIT.usage));
  }
}
