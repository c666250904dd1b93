#!/usr/bin/env node
// The `oxios-server` executable: run the server until SIGINT/SIGTERM.
import { runServer } from './run-server.js';

process.exitCode = await runServer({
  // Whatever happens during shutdown, the process is gone when `[server] shutdown_grace_secs` is up.
  onStopping: (graceMs) => setTimeout(() => process.exit(1), graceMs).unref(),
});
