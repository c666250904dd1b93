import { z } from 'zod';
import type { CommandContext } from '../../context.js';
import type { ExitCode } from '../../exit-codes.js';
import { paint, printJson, printLine } from '../../output.js';
import { OutputOptionsSchema } from '../common-options.js';
import { runBackendCommand } from '../run-backend-command.js';
import { withOptions } from '../with-options.js';
import { ContainerNameSchema } from './container-name.js';

const EnvPairSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*=/, { error: 'expected NAME=value' })
  .transform((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const);

const ContainerNewOptionsSchema = OutputOptionsSchema.extend({
  name: ContainerNameSchema,
  image: z.string().regex(/^\S+$/, { error: 'expected an image reference' }).optional(),
  network: z.boolean().optional(),
  env: z.array(EnvPairSchema).optional(),
});

/**
 * `oxios container new <name> [--image I] [--network] [--env NAME=value]…` — a project sandbox
 * with the configured limits, running. JSON: `Container`.
 */
export function containerNew(context: CommandContext, name: string, raw: Record<string, unknown>): Promise<ExitCode> {
  return withOptions(context, ContainerNewOptionsSchema, { ...raw, name }, (options) =>
    runBackendCommand(
      context,
      options,
      (backend) =>
        backend.containers.create({
          name: options.name,
          ...(options.image === undefined ? {} : { image: options.image }),
          ...(options.network === undefined ? {} : { network: options.network }),
          ...(options.env === undefined ? {} : { env: Object.fromEntries(options.env) }),
        }),
      (container) => {
        if (options.json) printJson(context.output, container);
        else
          printLine(
            context.output,
            `${paint(context.output, 'green', '✓')} container ${container.name} is ${container.status} (${container.backend}, image ${container.image})`,
          );
      },
      'creating the container',
    ),
  );
}
