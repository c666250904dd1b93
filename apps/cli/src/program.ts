import { Command, CommanderError } from 'commander';
import type { CommandContext } from './context.js';
import { registerMcp } from './commands/mcp.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { registerAccess } from './tree/register-access.js';
import { registerAgent } from './tree/register-agent.js';
import { registerConfig } from './tree/register-config.js';
import { registerContainer } from './tree/register-container.js';
import { registerConversation } from './tree/register-conversation.js';
import { registerHome } from './tree/register-home.js';
import { registerPersona } from './tree/register-persona.js';
import { registerProgram } from './tree/register-program.js';
import { registerSeed } from './tree/register-seed.js';
import { registerServe } from './tree/register-serve.js';
import { registerSession } from './tree/register-session.js';
import { registerSkill } from './tree/register-skill.js';
import { registerStatus } from './tree/register-status.js';
import { registerToken } from './tree/register-token.js';
import type { Tree } from './tree/tree.js';
import { VERSION } from './version.js';

/**
 * Builds the `oxios` command tree. Handlers are imported lazily so that `oxios --version` and
 * `--help` load almost nothing. Each action stores its exit code in `result.code`.
 */
export function buildProgram(context: CommandContext, result: { code: ExitCode }): Command {
  const program = new Command('oxios')
    .description('Oxios — an agent operating system: spec-first agents in real sandboxes')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option(
      '--server <url>',
      'use the Oxios server at this URL with OXIOS_TOKEN (env OXIOS_SERVER); default: the local server if one runs for OXIOS_HOME, else an embedded kernel',
    )
    .option('--verbose', 'print error details')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.output.stdout.write(text),
      writeErr: (text) => context.output.stderr.write(text),
    })
    .addHelpText(
      'after',
      '\nExit codes: 0 ok, 1 failure, 2 invalid usage, 3 not authorised, 4 not found, 5 conflict, 130 interrupted.',
    );
  const tree: Tree = {
    context,
    async run(handler) {
      result.code = await handler();
    },
  };
  registerServe(program, tree);
  registerConversation(program, tree);
  registerStatus(program, tree);
  registerConfig(program, tree);
  registerToken(program, tree);
  registerSession(program, tree);
  registerSeed(program, tree);
  registerAgent(program, tree);
  registerContainer(program, tree);
  registerProgram(program, tree);
  registerSkill(program, tree);
  registerPersona(program, tree);
  registerAccess(program, tree);
  registerHome(program, tree);
  registerMcp(program, tree);
  return program;
}

/** Runs the CLI with `argv` (as in process.argv) and resolves with the exit code. */
export async function runCli(argv: readonly string[], context: CommandContext): Promise<ExitCode> {
  const result: { code: ExitCode } = { code: EXIT.ok };
  const program = buildProgram(context, result);
  try {
    await program.parseAsync([...argv]);
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage mistakes get 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
}
