import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { cliError, type CliError } from '../errors/cli-error.js';
import { EXIT } from '../exit-codes.js';

const ManifestSchema = z.object({ bin: z.object({ 'oxios-server': z.string() }) });

/**
 * The `oxios-server` executable of the installed `@oxios/server` package. The CLI runs the server
 * as a child process rather than importing it: nothing imports from `apps/`, and the server keeps
 * its own process, logger and signal handling.
 */
export function resolveServerBin(): Result<string, CliError> {
  try {
    const manifestPath = createRequire(import.meta.url).resolve('@oxios/server/package.json');
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    return ok(join(dirname(manifestPath), manifest.bin['oxios-server']));
  } catch (error) {
    return err(
      cliError('unavailable', 'the Oxios server (@oxios/server) is not installed next to the CLI', EXIT.failure, {
        hint: 'reinstall @oxios/cli, or install @oxios/server',
        details: { cause: error instanceof Error ? error.message : String(error) },
      }),
    );
  }
}
