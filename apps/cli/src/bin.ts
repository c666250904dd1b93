#!/usr/bin/env node
// The `oxios` executable.
import { processOutput } from './output.js';
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv, { env: process.env, output: processOutput() });
