import { createAppleBackend } from '@oxios/container-apple';
import { createBwrapBackend } from '@oxios/container-bwrap';
import { describeProbe, loadConfig, selectContainerBackend } from '@oxios/kernel';
import type { CommandContext } from '../context.js';
import { EXIT, EXIT_BY_CODE, type ExitCode } from '../exit-codes.js';
import { paint, printError, printJson, printLine } from '../output.js';

/**
 * `oxios doctor` — checks this machine: which sandbox backend `[container]` selects and what it
 * enforces here (isolation, network, capabilities, each limit). Exits 1 when commands could not
 * run in it.
 */
export async function doctor(context: CommandContext, options: { json?: boolean }): Promise<ExitCode> {
  const loaded = loadConfig({ env: context.env });
  if (loaded.isErr()) {
    printError(
      context.output,
      loaded.error.code,
      loaded.error.message,
      'fix the file, then run `oxios config validate`',
    );
    return EXIT_BY_CODE[loaded.error.code];
  }
  const config = loaded.value;
  const selected = selectContainerBackend({
    config: config.container,
    factories: {
      apple: () => createAppleBackend(),
      bwrap: () => createBwrapBackend({ hide: [config.home] }),
    },
  });
  if (selected.isErr()) {
    printError(context.output, selected.error.code, selected.error.message);
    return EXIT_BY_CODE[selected.error.code];
  }
  const probe = await selected.value.probe();
  if (options.json) {
    printJson(context.output, { sandbox: { setting: config.container.backend, probe } });
  } else {
    const [head = '', ...rest] = describeProbe(probe);
    printLine(context.output, `sandbox (container.backend = "${config.container.backend}")`);
    printLine(context.output, `  ${paint(context.output, probe.available ? 'green' : 'red', head)}`);
    for (const line of rest) printLine(context.output, `  ${line}`);
  }
  return probe.available ? EXIT.ok : EXIT.failure;
}
