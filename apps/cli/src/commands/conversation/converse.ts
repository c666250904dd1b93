import type { SessionReply } from '@oxios/sdk-client';
import type { ResultAsync } from 'neverthrow';
import type { Backend, SendOptions } from '../../backend/backend.js';
import type { CommandContext } from '../../context.js';
import { cliError, type CliError } from '../../errors/cli-error.js';
import { printCliError } from '../../errors/print-cli-error.js';
import { EXIT, type ExitCode } from '../../exit-codes.js';
import { paint, printJson } from '../../output.js';
import type { LineReader } from './line-reader.js';
import { awaitReply } from './await-reply.js';
import { exitCodeOf, printReply } from './print-reply.js';

/** The reason recorded when `--yes` opens the gate instead of answering. */
export const YES_REASON = 'proceeding without answers (--yes)';

/** How interview questions get answered. */
export interface AnswerPolicy {
  /** `--answers`, consumed in order. */
  readonly answers: string[];
  /** Prompt on the terminal when the answers run out. */
  readonly reader: LineReader | undefined;
  /** `--yes`: when no answer is left, open the gate instead of asking. */
  readonly yes: boolean;
}

/** How the conversation prints. */
export interface ConverseOptions {
  readonly json: boolean;
  readonly verbose: boolean;
}

/**
 * Drives one session from `first` (the request, or a resume) until Oxios stops asking: each
 * question is answered from `--answers`, the terminal or `--yes`; without any it ends with exit 2
 * and a hint instead of waiting. Prints the final reply (JSON with `json`) and resolves with the
 * exit code: 0 passed, 1 not passed or failed, 2 an unanswerable question, 130 Ctrl-C.
 */
export async function converse(
  context: CommandContext,
  backend: Backend,
  sessionId: string,
  first: () => ResultAsync<SessionReply, CliError>,
  policy: AnswerPolicy,
  options: ConverseOptions,
): Promise<ExitCode> {
  const { output } = context;
  const fail = (error: CliError): ExitCode => {
    printCliError(output, error, options.verbose);
    return error.exitCode;
  };
  const interrupted = (what: string, hint: string): ExitCode =>
    fail(cliError('aborted', what, EXIT.interrupted, { hint }));
  const step = (work: () => ResultAsync<SessionReply, CliError>) => awaitReply(output, backend, sessionId, work);

  let result = await step(first);
  for (;;) {
    if (result.isErr()) {
      if (result.error.exitCode === EXIT.interrupted)
        return interrupted(
          `stopped: the agent's work was cancelled; session ${sessionId} is interrupted`,
          `continue it with \`oxios session resume ${sessionId}\``,
        );
      return fail(result.error);
    }
    const reply = result.value;
    if (reply.kind !== 'question') {
      if (options.json) printJson(output, reply);
      else printReply(output, reply);
      return exitCodeOf(reply);
    }
    output.stderr.write(`${paint(output, 'bold', '?')} ${reply.text}\n`);
    let answer: string | undefined = policy.answers.shift();
    let force: SendOptions['force'];
    if (answer !== undefined) output.stderr.write(`${paint(output, 'dim', `> ${answer}`)}\n`);
    while (answer === undefined && policy.reader !== undefined) {
      const line = await policy.reader.read('> ');
      if (line.kind === 'interrupted')
        return interrupted(
          `stopped at a question; session ${sessionId} waits for its answer`,
          `answer later with \`oxios chat --session ${sessionId}\``,
        );
      if (line.kind === 'end') break;
      if (line.text.trim() !== '') answer = line.text.trim();
    }
    if (answer === undefined && policy.yes) {
      answer = 'Proceed with the request as stated.';
      force = { reason: YES_REASON };
      output.stderr.write(`${paint(output, 'dim', '> (no answer: --yes starts the work as the request stands)')}\n`);
    }
    if (answer === undefined) {
      return fail(
        cliError('needs-answer', `Oxios asks: ${reply.question}`, EXIT.usage, {
          hint:
            `no terminal to ask on: give answers with --answers FILE (one per line), or --yes / --force to start anyway; ` +
            `session ${sessionId} waits: \`oxios chat --session ${sessionId}\``,
        }),
      );
    }
    const text = answer;
    result = await step(() => backend.sessions.send(sessionId, text, force === undefined ? {} : { force }));
  }
}
