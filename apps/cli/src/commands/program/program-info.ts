import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { formatTime } from '../../render/format-time.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { describeSource } from './program-columns.js';
import { ProgramNameSchema } from './program-name.js';

/**
 * `oxios program info <name>` — JSON: `ProgramDetail` (the `Program` plus its tool definitions,
 * host requirements, MCP servers and SKILL.md body).
 */
export function programInfo(context: CommandContext, name: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ name: ProgramNameSchema }), { ...raw, name }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.programs.get(options.name),
      (program) => {
        const { output } = context;
        if (options.json) {
          printJson(output, program);
          return;
        }
        const row = (label: string, value: string) => {
          printLine(output, `${label.padEnd(10)} ${value}`);
        };
        row('name', program.name);
        row('version', program.version);
        row('enabled', program.enabled ? 'yes' : 'no');
        row('author', program.author || '-');
        row('source', describeSource(program.source));
        row('installed', formatTime(program.installedAt));
        const { required, optional } = program.hostRequirements;
        row('needs', required.length === 0 ? '-' : required.join(', '));
        if (optional.length > 0) row('optional', optional.join(', '));
        if (program.mcpServers.length > 0) row('mcp', program.mcpServers.join(', '));
        printLine(output);
        printLine(output, program.description);
        if (program.toolDefinitions.length > 0) {
          printLine(output);
          printLine(output, paint(output, 'bold', 'Tools'));
          for (const tool of program.toolDefinitions)
            printLine(output, `  ${tool.name} — ${tool.description}\n    ${tool.command.join(' ')}`);
        }
        if (program.skill.trim() !== '') {
          printLine(output);
          printLine(output, paint(output, 'bold', 'SKILL.md'));
          printLine(output, program.skill.trimEnd());
        }
      },
      'reading the program',
    ),
  );
}
