import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArgumentPolicy, OptionRule } from '../argument-policy.js';
import { NEVER_ALLOWED_COMMANDS } from '../never-allowed-commands.js';
import { DEFAULT_ARGUMENT_POLICIES } from './default-argument-policies.js';

const README = fileURLToPath(new URL('../../../README.md', import.meta.url));
const START = '<!-- argument-policies:start -->';
const END = '<!-- argument-policies:end -->';

const code = (text: string) => `\`${text.replaceAll('|', '\\|')}\``;

function scopeText(scope: OptionRule['scope']): string {
  if (scope === undefined) return '';
  if (scope === 'global') return ' before the subcommand';
  return ` with ${scope.map(code).join(', ')}`;
}

function rows(command: string, policy: ArgumentPolicy): string[] {
  const row = (what: string, effect: string, why: string) => `| ${code(command)} | ${what} | ${effect} | ${why} |`;
  if (policy.denyAll !== undefined) return [row('every invocation', 'refused', policy.denyAll)];
  const lines = (policy.subcommands ?? []).map((rule) =>
    row(
      `subcommand ${code(rule.word === undefined ? rule.name : `${rule.name} … ${rule.word}`)}`,
      'refused',
      rule.reason,
    ),
  );
  if (policy.knownSubcommands) {
    lines.push(row('any subcommand that is not built in (aliases, `git-*` programs)', 'refused', 'can run anything'));
    lines.push(row('an unknown option before the subcommand', 'refused', 'would hide which subcommand runs'));
  }
  const groups = new Map<string, OptionRule[]>();
  for (const rule of policy.options ?? []) {
    const key = JSON.stringify([rule.effect, rule.scope, rule.reason]);
    groups.set(key, [...(groups.get(key) ?? []), rule]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    const effect = first.effect === 'deny' ? 'refused' : 'must resolve inside the workspace';
    lines.push(row(group.map((rule) => code(rule.option)).join(', ') + scopeText(first.scope), effect, first.reason));
  }
  for (const rule of policy.patterns ?? []) {
    const target = rule.target === 'any' ? 'any argument' : 'a positional argument';
    lines.push(row(`${target} matching ${code(String(rule.pattern))}`, 'refused', rule.reason));
  }
  if (policy.prefixArgs) {
    lines.push(row(code(policy.prefixArgs.join(' ')), 'added first', 'repository config and hooks cannot run code'));
  }
  return lines;
}

function renderTable(): string {
  const header = ['| Command | Arguments | Effect | Why |', '| --- | --- | --- | --- |'];
  const body = Object.entries(DEFAULT_ARGUMENT_POLICIES).flatMap(([command, policy]) => rows(command, policy));
  const never = Object.keys(NEVER_ALLOWED_COMMANDS).map(code).join(', ');
  const footer = `Never run, whatever the allowlist says (shells, privilege tools, command runners): ${never}.`;
  return [...header, ...body, '', footer].join('\n');
}

function normalise(table: string): string[] {
  return table
    .trim()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line
        .replace(/\s+/g, ' ')
        .replace(/ ?\| ?/g, '|')
        .replace(/^\|[-|]+\|$/, '|---|'),
    );
}

describe('DEFAULT_ARGUMENT_POLICIES', () => {
  it('are documented rule for rule in the package README (OXIOS_UPDATE_README=1 rewrites it)', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start).toBeGreaterThan(0);
    const table = renderTable();
    if (process.env.OXIOS_UPDATE_README === '1') {
      writeFileSync(README, `${readme.slice(0, start + START.length)}\n\n${table}\n\n${readme.slice(end)}`);
      return;
    }
    expect(normalise(readme.slice(start + START.length, end))).toEqual(normalise(table));
  });

  it('use canonical command names as keys', () => {
    for (const name of Object.keys(DEFAULT_ARGUMENT_POLICIES)) expect(name).toMatch(/^[a-z][a-z-]*$/);
  });
});
