// Output helpers for the bootstrap. Plain Node, no dependencies: this file must run on Node 18+.

const prefix = 'oxios-bootstrap';

/** Prints a progress line on stderr (stdout stays free for the command being run). */
export function info(message) {
  if (process.env.OXIOS_BOOTSTRAP_QUIET === '1') return;
  process.stderr.write(`${prefix}: ${message}\n`);
}

/** An expected failure: printed as one line, exit code 1, no stack trace. */
export class BootstrapError extends Error {
  constructor(message) {
    super(message);
    this.name = 'BootstrapError';
  }
}

/** Runs `main`; a BootstrapError becomes one line on stderr and exit code 1. */
export async function runMain(main) {
  try {
    const code = await main();
    process.exitCode = code ?? 0;
  } catch (error) {
    if (error instanceof BootstrapError) {
      process.stderr.write(`${prefix}: error: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
