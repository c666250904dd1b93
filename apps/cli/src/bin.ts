#!/usr/bin/env node
// The `oxios` executable.
import { processOutput } from './output.js';
import { runCli } from './program.js';

// Ctrl-C or SIGTERM aborts whatever the command is waiting for; it then exits 130. (`oxios serve`
// forwards these signals to the server instead and exits with the server's code.)
const interrupt = new AbortController();
const onSignal = () => {
  interrupt.abort();
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);

process.exitCode = await runCli(process.argv, {
  env: process.env,
  output: processOutput(),
  signal: interrupt.signal,
});
