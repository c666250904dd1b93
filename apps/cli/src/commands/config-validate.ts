import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, ioError, loadConfig, parseConfig, resolveHome } from '@oxios/kernel';
import { err } from 'neverthrow';
import type { CommandContext } from '../context.js';
import { EXIT, EXIT_BY_CODE, type ExitCode } from '../exit-codes.js';
import { paint, printError, printJson, printLine } from '../output.js';

function validateFile(file: string) {
  try {
    return parseConfig(readFileSync(file, 'utf8'), file);
  } catch (error) {
    return err(ioError('read', file, error));
  }
}

/**
 * `oxios config validate [path]` — checks a config file. Without a path it checks what Oxios
 * would run with: `$OXIOS_HOME/config.toml` plus environment overrides. Exit 2 when invalid.
 */
export function configValidate(
  context: CommandContext,
  path: string | undefined,
  options: { json?: boolean },
): Promise<ExitCode> {
  return Promise.resolve(validate(context, path, options));
}

function validate(context: CommandContext, path: string | undefined, options: { json?: boolean }): ExitCode {
  const file = path === undefined ? join(resolveHome(context.env), CONFIG_FILE_NAME) : resolve(path);
  if (path !== undefined && !existsSync(file)) {
    if (options.json) printJson(context.output, { valid: false, path: file, code: 'not-found', issues: [] });
    else printError(context.output, 'not-found', `config file ${file} does not exist`);
    return EXIT.notFound;
  }
  const result = path === undefined ? loadConfig({ env: context.env }) : validateFile(file);
  if (result.isOk()) {
    if (options.json) printJson(context.output, { valid: true, path: file, issues: [] });
    else printLine(context.output, `${paint(context.output, 'green', '✓')} ${file} is valid`);
    return EXIT.ok;
  }
  const error = result.error;
  const issues = error.code === 'config-invalid' ? error.issues : [{ path: '', message: error.message }];
  if (options.json) {
    printJson(context.output, { valid: false, path: file, code: error.code, issues });
  } else if (error.code === 'config-invalid') {
    const count = `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}`;
    printError(context.output, error.code, `${file} is invalid (${count})`);
    for (const issue of issues) context.output.stderr.write(`  ${issue.path || '(root)'}: ${issue.message}\n`);
  } else {
    printError(context.output, error.code, error.message);
  }
  return EXIT_BY_CODE[error.code];
}
