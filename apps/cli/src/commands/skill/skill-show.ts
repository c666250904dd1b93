import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { SkillNameSchema } from './skill-name.js';

/** `oxios skill show <name>` — JSON: `Skill` = `{ name, description, requirements, body }`. */
export function skillShow(context: CommandContext, name: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ name: SkillNameSchema }), { ...raw, name }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.skills.get(options.name),
      (skill) => {
        const { output } = context;
        if (options.json) {
          printJson(output, skill);
          return;
        }
        printLine(output, `${paint(output, 'bold', skill.name)} — ${skill.description}`);
        const { host_tools: hostTools, tools } = skill.requirements;
        if (hostTools.length > 0) printLine(output, `host tools: ${hostTools.join(', ')}`);
        if (tools.length > 0) printLine(output, `tools:      ${tools.join(', ')}`);
        printLine(output);
        printLine(output, skill.body.trimEnd());
      },
      'reading the skill',
    ),
  );
}
