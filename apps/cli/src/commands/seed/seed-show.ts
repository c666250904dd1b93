import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { formatTime } from '../../render/format-time.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { SeedIdSchema } from './seed-id.js';

/** `oxios seed show <id>` — the specification and its runs. JSON: `SeedRecord` = `{ seed, sessionId, forced, execution }`. */
export function seedShow(context: CommandContext, id: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema.extend({ id: SeedIdSchema }), { ...raw, id }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) => backend.seeds.get(options.id),
      (record) => {
        const { output } = context;
        if (options.json) {
          printJson(output, record);
          return;
        }
        const { seed, execution } = record;
        const row = (label: string, value: string) => {
          printLine(output, `${label.padEnd(11)} ${value}`);
        };
        row('id', seed.id);
        row('goal', seed.goal);
        row('type', `${seed.taskType}${seed.brownfield ? ' (existing project)' : ''}`);
        row(
          'generation',
          seed.parentId === null ? String(seed.generation) : `${seed.generation} (from ${seed.parentId})`,
        );
        row('session', record.sessionId ?? '-');
        row('gate', record.forced ? 'forced open (ambiguity above the threshold)' : 'passed');
        row('created', formatTime(seed.createdAt));
        row(
          'runs',
          execution.runs === 0
            ? 'none yet'
            : `${execution.passes}/${execution.runs} passed${execution.averageScore === null ? '' : `, mean score ${execution.averageScore.toFixed(2)}`}`,
        );
        printLine(output);
        printLine(output, paint(output, 'bold', 'Constraints'));
        if (seed.constraints.length === 0) printLine(output, '  -');
        for (const constraint of seed.constraints) printLine(output, `  - ${constraint}`);
        printLine(output, paint(output, 'bold', 'Acceptance criteria'));
        for (const criterion of seed.acceptanceCriteria) {
          printLine(output, `  - ${criterion.description}`);
          if (criterion.verify !== undefined)
            printLine(output, paint(output, 'dim', `    verify: ${criterion.verify.join(' ')}`));
        }
      },
      'reading the seed',
    ),
  );
}
