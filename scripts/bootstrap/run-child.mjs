// Runs a child process with inherited stdio, forwarding termination signals, and resolves with
// the exit code a shell would report (128 + signal number when the child died of a signal).
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { BootstrapError } from './log.mjs';

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs `file` and resolves with its exit code. Termination signals are forwarded to the child.
 * The bootstrap also watches its own parent: `npm start` runs it through `sh -c`, and when npm is
 * sent SIGTERM the shell dies without passing the signal on — so a changed parent pid is treated
 * as a SIGTERM, and the server still shuts down cleanly.
 */
export function runChild(file, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: 'inherit', ...options });
    const forward = (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    const parent = process.ppid;
    let orphaned = false;
    const watcher = setInterval(() => {
      if (!orphaned && process.ppid !== parent) {
        orphaned = true;
        forward('SIGTERM');
      }
    }, 200);
    watcher.unref();
    const cleanup = () => {
      clearInterval(watcher);
      for (const signal of FORWARDED) process.off(signal, forward);
    };
    child.once('error', (error) => {
      cleanup();
      reject(new BootstrapError(`cannot start ${file}: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      cleanup();
      resolve(signal ? 128 + (constants.signals[signal] ?? 1) : (code ?? 1));
    });
  });
}
