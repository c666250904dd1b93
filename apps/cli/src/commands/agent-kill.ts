import type { CommandContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { paint, printJson, printLine } from '../output.js';
import { OutputOptionsSchema } from './common-options.js';
import { IdArgumentSchema } from './id-argument.js';
import { runBackendCommand } from './run-backend-command.js';
import { withOptions } from './with-options.js';

/** `oxios agent kill <id>` — JSON: the `Agent` after the kill (stopped, or as it was if already ended). */
export function agentKill(context: CommandContext, id: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ id: IdArgumentSchema }), { ...raw, id }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.agents.kill(options.id),
      (agent) => {
        if (options.json) printJson(context.output, agent);
        else
          printLine(
            context.output,
            `${paint(context.output, 'green', '✓')} agent ${agent.name} (${agent.id}) is ${agent.status}`,
          );
      },
      'killing the agent',
    ),
  );
}
