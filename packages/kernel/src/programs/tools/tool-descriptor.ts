import { lstatSync } from 'node:fs';
import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { resolveUnderRoot } from '../../content/resolve-under-root.js';
import { invalidArgument, ioError, pathDenied } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { BUNDLED_COMMAND_PATTERN, type ProgramToolDefinition } from '../program-manifest.js';
import { argumentsJsonSchema, argumentsZodSchema, type JsonSchemaObject } from './arguments-schema.js';
import { substituteArgv, type ArgumentValue } from './argv-template.js';

/** A program tool call made ready to run: one program and its argv, never a shell string. */
export interface PreparedProgramCommand {
  /** A bare host command name (`binary: 'host'`) or the absolute path of the program's `bin/<file>`. */
  readonly command: string;
  readonly args: readonly string[];
  readonly binary: 'host' | 'bundled';
  /** The program's folder (its `config/` lives there); not a working directory. */
  readonly programDir: string;
  /** The tool's own limit, when program.toml sets `timeout_secs`. */
  readonly timeoutMs?: number;
}

/** What the agent runtime needs to offer one program tool to a model and to run it. */
export interface ProgramToolDescriptor {
  /** `program.<program>.<tool>`. */
  readonly name: string;
  readonly program: string;
  readonly tool: string;
  readonly description: string;
  /** JSON Schema of the arguments object, for the model. */
  readonly parameters: JsonSchemaObject;
  /** The same rules as a zod schema; {@link ProgramToolDescriptor.prepare} applies it. */
  readonly argumentsSchema: z.ZodType<Record<string, ArgumentValue | undefined>>;
  /** The argv template from program.toml (`{name}` placeholders). */
  readonly argv: readonly string[];
  readonly binary: 'host' | 'bundled';
  readonly programDir: string;
  readonly timeoutMs?: number;
  /** Validates a model's raw arguments and substitutes them into the argv template. */
  prepare(args: unknown): Result<PreparedProgramCommand, KernelError>;
}

function bundledCommand(programDir: string, command: string): Result<string, KernelError> {
  return resolveUnderRoot(programDir, command.split('/')).andThen((path) => {
    try {
      return lstatSync(path).isFile() ? ok(path) : err(pathDenied(path, 'not-a-file', 'not a regular file'));
    } catch (cause) {
      return err(ioError('stat', path, cause));
    }
  });
}

/** Builds the descriptor of tool `tool` of program `program` installed in `programDir`. */
export function createToolDescriptor(
  program: string,
  tool: string,
  definition: ProgramToolDefinition,
  programDir: string,
): ProgramToolDescriptor {
  const argumentsSchema = argumentsZodSchema(definition.arguments);
  const binary: PreparedProgramCommand['binary'] = BUNDLED_COMMAND_PATTERN.test(definition.command[0] ?? '')
    ? 'bundled'
    : 'host';
  const timeoutMs = definition.timeout_secs === undefined ? undefined : definition.timeout_secs * 1000;
  const limits = timeoutMs === undefined ? {} : { timeoutMs };
  return {
    name: `program.${program}.${tool}`,
    program,
    tool,
    description: definition.description,
    parameters: argumentsJsonSchema(definition.arguments),
    argumentsSchema,
    argv: definition.command,
    binary,
    programDir,
    ...limits,
    prepare(args) {
      const parsed = argumentsSchema.safeParse(args ?? {});
      if (!parsed.success) {
        const detail = parsed.error.issues
          .map((issue) => `${issue.path.map(String).join('.') || 'arguments'}: ${issue.message}`)
          .join('; ');
        return err(invalidArgument('arguments', detail));
      }
      return substituteArgv(definition.command, parsed.data).andThen(([command = '', ...rest]) =>
        (binary === 'bundled' ? bundledCommand(programDir, command) : ok(command)).map(
          (resolved): PreparedProgramCommand => ({
            command: resolved,
            args: rest,
            binary,
            programDir,
            ...limits,
          }),
        ),
      );
    },
  };
}
