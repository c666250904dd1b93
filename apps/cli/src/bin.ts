#!/usr/bin/env node
// The `oxios` executable. Kept tiny: `oxios --version` answers before anything else is loaded,
// and every command's code is imported only when that command runs.
import module from 'node:module';
import { VERSION } from './version.js';

const args = process.argv.slice(2);
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  // Before anything that needs node:sqlite loads: one clear line instead of a stack trace.
  process.stderr.write(`error[unsupported-node]: oxios needs Node.js ≥ 22.19; this is ${process.versions.node}\n`);
  process.exitCode = 1;
} else if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  // Reuse V8's compiled code across runs (Node ≥ 22.1).
  module.enableCompileCache();
  // Ctrl-C or SIGTERM aborts whatever the command waits for; it then exits 130. (`oxios serve`
  // forwards these signals to the server instead and exits with the server's code.)
  const interrupt = new AbortController();
  const onSignal = () => {
    interrupt.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const [{ processOutput }, { runCli }] = await Promise.all([import('./output.js'), import('./program.js')]);
  process.exitCode = await runCli(process.argv, {
    env: process.env,
    output: processOutput(),
    signal: interrupt.signal,
    stdin: process.stdin,
  });
}
