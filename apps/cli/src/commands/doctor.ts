import { loadConfig, resolveHome } from '@oxios/kernel';
import type { CommandContext } from '../context.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { paint, printJson, printLine, type Output } from '../output.js';
import { check, type Check } from '../doctor/check.js';
import { checkHome } from '../doctor/check-home.js';
import { checkHostTools } from '../doctor/check-host-tools.js';
import { checkLlmKeys } from '../doctor/check-llm-keys.js';
import { checkNode } from '../doctor/check-node.js';
import { checkPort } from '../doctor/check-port.js';
import { checkSandbox, type SandboxReport } from '../doctor/check-sandbox.js';
import { withSpinner } from '../render/with-spinner.js';
import { OutputOptionsSchema } from './common-options.js';
import { withOptions } from './with-options.js';

const MARK = { pass: ['green', '✓'], warn: ['yellow', '!'], fail: ['red', '✗'] } as const;

function printCheck(output: Output, item: Check): void {
  const [style, mark] = MARK[item.status];
  printLine(
    output,
    `${paint(output, style, `${mark} ${item.status.padEnd(4)}`)} ${item.id.padEnd(10)} ${item.summary}`,
  );
  for (const line of item.details ?? []) printLine(output, `${' '.repeat(18)}${line}`);
  if (item.fix !== undefined) printLine(output, paint(output, 'dim', `${' '.repeat(18)}fix: ${item.fix}`));
}

/** Every check; those needing a valid config are skipped (with a warn line) when it is invalid. */
async function runChecks(context: CommandContext): Promise<{ checks: Check[]; sandbox: SandboxReport['sandbox'] }> {
  const { env } = context;
  const loaded = loadConfig({ env });
  const configCheck = loaded.isOk()
    ? check('config', 'pass', `${loaded.value.configPath} is valid`)
    : check('config', 'fail', loaded.error.message, 'run `oxios config validate` and fix what it lists');
  const needsConfig = (id: string) => check(id, 'warn', 'not checked: the config is invalid');
  const [sandbox, port, tools] = await Promise.all([
    loaded.isOk() ? checkSandbox(loaded.value, env) : Promise.resolve({ check: needsConfig('sandbox'), sandbox: null }),
    loaded.isOk() ? checkPort(loaded.value) : Promise.resolve(needsConfig('port')),
    loaded.isOk() ? checkHostTools(loaded.value, env) : Promise.resolve(needsConfig('host-tools')),
  ]);
  const checks = [
    checkNode(),
    configCheck,
    checkHome(loaded.isOk() ? loaded.value.home : resolveHome(env)),
    sandbox.check,
    checkLlmKeys(env, loaded.isOk() ? loaded.value : undefined),
    port,
    tools,
  ];
  return { checks, sandbox: sandbox.sandbox };
}

/**
 * `oxios doctor` — checks this machine, one pass/warn/fail line each with a fix. Exit 1 when any
 * check fails (warnings do not). JSON: `{ ok, checks: [{ id, status, summary, fix?, details? }],
 * sandbox: { setting, probe } | null }` (`probe` is the backend's own report).
 */
export function doctor(context: CommandContext, raw: unknown): Promise<ExitCode> {
  return withOptions(context, OutputOptionsSchema, raw, async (options) => {
    const { checks, sandbox } = await withSpinner(context.output, 'checking', runChecks(context));
    const ok = checks.every((item) => item.status !== 'fail');
    if (options.json) printJson(context.output, { ok, checks, sandbox });
    else for (const item of checks) printCheck(context.output, item);
    return ok ? EXIT.ok : EXIT.failure;
  });
}
