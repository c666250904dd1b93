#!/usr/bin/env node
// A stand-in for Apple's `container` CLI, for tests on machines without it. It keeps a small
// state file so run → list → exec → stop → delete stay consistent, runs `exec` commands on the
// host in the folder behind the container's workdir, and prints the output, JSON shapes, error
// lines and exit codes of the real CLI for the version it emulates.
//
// Environment: FAKE_CONTAINER_STATE (state file, required), FAKE_CONTAINER_LOG (JSON lines of
// every invocation), FAKE_CONTAINER_VERSION (default 1.2.2; e.g. 0.12.1 for the pre-1.0 JSON),
// FAKE_CONTAINER_SCENARIO (running | not-running | unregistered | ci-xpc).
import { appendFileSync, existsSync } from 'node:fs';
import { systemNotRunning, usage, type FakeContext, type Handler } from './cli-support.js';
import {
  deleteCommand,
  inspectCommand,
  listCommand,
  runCommand,
  startCommand,
  stopCommand,
} from './container-commands.js';
import { execCommand } from './exec-command.js';
import { loadState } from './state.js';
import { buildCommand, imageCommand, systemCommand, versionCommand } from './system-commands.js';

const HANDLERS: Record<string, Handler> = {
  '--version': versionCommand,
  system: systemCommand,
  image: imageCommand,
  build: buildCommand,
  run: runCommand,
  start: startCommand,
  exec: execCommand,
  stop: stopCommand('stop'),
  kill: stopCommand('kill'),
  delete: deleteCommand,
  rm: deleteCommand,
  list: listCommand,
  ls: listCommand,
  inspect: inspectCommand,
};

// Commands that work without the API server.
const OFFLINE = new Set(['--version', 'system']);

async function main(argv: string[]): Promise<number> {
  const statePath = process.env.FAKE_CONTAINER_STATE;
  if (statePath === undefined) {
    process.stderr.write('fake container: set FAKE_CONTAINER_STATE\n');
    return 2;
  }
  const log = process.env.FAKE_CONTAINER_LOG;
  if (log !== undefined) appendFileSync(log, `${JSON.stringify({ argv, cwd: process.cwd() })}\n`);
  const scenario = process.env.FAKE_CONTAINER_SCENARIO ?? 'running';
  const state = loadState(statePath);
  if (!existsSync(statePath)) state.systemRunning = scenario === 'running';
  const context: FakeContext = {
    version: process.env.FAKE_CONTAINER_VERSION ?? '1.2.2',
    scenario,
    statePath,
    state,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
  const [command = '', ...rest] = argv.filter((arg) => arg !== '--debug');
  const handler = HANDLERS[command];
  if (!handler) return usage(context, command, `Unexpected argument '${command}'`);
  if (!OFFLINE.has(command) && !state.systemRunning) return systemNotRunning(context, `failed to ${command} container`);
  return handler(rest, context);
}

process.exitCode = await main(process.argv.slice(2));
