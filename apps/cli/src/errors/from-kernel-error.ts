import type { KernelError } from '@oxios/kernel';
import { EXIT_BY_CODE } from '../exit-codes.js';
import { cliError, type CliError } from './cli-error.js';
import { hintFor } from './hint-for.js';

function lockHint(error: KernelError): string | undefined {
  if (error.code !== 'store-locked') return undefined;
  return `another process (pid ${error.pid}) holds OXIOS_HOME; if it is \`oxios serve\`, wait until it answers, or stop it`;
}

/** A kernel error as the CLI reports it: same code, exit code from the compiler-checked table. */
export function fromKernelError(error: KernelError): CliError {
  const { code, message, ...rest } = error;
  // A wrapped cause is shown by its message only (with --verbose): never a stack trace.
  const details = Object.fromEntries(
    Object.entries(rest).map(([key, value]) =>
      key === 'cause' ? [key, value instanceof Error ? value.message : String(value)] : [key, value],
    ),
  );
  return cliError(code, message, EXIT_BY_CODE[code], {
    hint: lockHint(error) ?? hintFor(code),
    details: Object.keys(details).length > 0 ? details : undefined,
  });
}
