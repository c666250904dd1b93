import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { paint, printJson, printLine } from '../output.js';
import { VERSION } from '../version.js';
import { OutputOptionsSchema } from './common-options.js';
import { runBackendCommand } from './run-backend-command.js';
import { withOptions } from './with-options.js';

const MODE_LABEL = { embedded: 'embedded kernel', 'local-server': 'local server', remote: 'remote server' } as const;

/** `oxios status` — JSON: `{ cli: { version }, mode, home, server, caller, agents }`. */
export function status(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema, raw, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.status(),
      (view) => {
        if (options.json) {
          printJson(context.output, { cli: { version: VERSION }, ...view });
          return;
        }
        const row = (label: string, value: string) => {
          printLine(context.output, `${label.padEnd(8)} ${value}`);
        };
        row('mode', MODE_LABEL[view.mode]);
        if (view.home !== null) row('home', view.home);
        row(
          'server',
          view.server
            ? `${view.server.url} (Oxios ${view.server.version}, up ${view.server.uptimeSeconds}s)`
            : paint(context.output, 'dim', 'none running — start one with `oxios serve`'),
        );
        row('caller', `${view.caller.userName} (${view.caller.role})`);
        row('agents', `${view.agents.running} running, ${view.agents.idle} idle`);
        row('cli', VERSION);
      },
      'asking for status',
    ),
  );
}
