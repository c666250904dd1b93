#!/usr/bin/env node
// The `oxios-server` executable: run the server until SIGINT/SIGTERM.
import { runServer } from './run-server.js';

// Whatever happens during shutdown, the process is gone within 5 s of the first signal.
const HARD_STOP_MS = 4500;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => setTimeout(() => process.exit(1), HARD_STOP_MS).unref());
}

process.exitCode = await runServer();
