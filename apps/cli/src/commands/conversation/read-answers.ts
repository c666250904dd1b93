import { readFile } from 'node:fs/promises';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { cliError, type CliError } from '../../errors/cli-error.js';
import { EXIT } from '../../exit-codes.js';

const AnswersSchema = z.array(z.string().min(1).max(50_000));

/**
 * Reads `--answers <file>`: a JSON array of strings, or else one answer per line (blank lines are
 * skipped). Answers are used in order, one per interview question.
 */
export async function readAnswers(path: string): Promise<Result<string[], CliError>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return err(
      cliError('io', `cannot read the answers file ${path}: ${(error as Error).message}`, EXIT.usage, {
        hint: 'give a file with one answer per line, or a JSON array of strings',
      }),
    );
  }
  if (text.trimStart().startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return err(
        cliError('invalid-argument', `answers: ${path} is not valid JSON: ${(error as Error).message}`, EXIT.usage),
      );
    }
    const parsed = AnswersSchema.safeParse(json);
    return parsed.success
      ? ok(parsed.data)
      : err(cliError('invalid-argument', `answers: ${path} must hold a JSON array of non-empty strings`, EXIT.usage));
  }
  return ok(
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
}
