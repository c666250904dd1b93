import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ReadBuffer, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { killProcessGroup } from '../exec/kill-process-group.js';

/** Options of {@link createStdioTransport}. */
export interface StdioTransportOptions {
  /** Absolute path of the program (resolved by the caller; no PATH lookup happens here). */
  readonly file: string;
  readonly args: readonly string[];
  /** The child's complete environment: nothing else is inherited. */
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  /** Receives each line the server writes to stderr (at most 4 KiB of it). */
  readonly onStderrLine: (line: string) => void;
  /** How long `close` waits after closing stdin, then after SIGTERM, before SIGKILL. Default 2000. */
  readonly graceMs?: number;
}

/** The SDK's transport contract plus the child's pid. */
export interface StdioTransport extends Transport {
  /** The server's pid while it runs. */
  readonly pid: number | null;
}

const MAX_STDERR_LINE = 4096;

function lineSplitter(onLine: (line: string) => void): (chunk: Buffer) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk.toString('utf8');
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      const line = pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
      if (line !== '') onLine(line.slice(0, MAX_STDERR_LINE));
      newline = pending.indexOf('\n');
    }
    if (pending.length > MAX_STDERR_LINE) {
      onLine(pending.slice(0, MAX_STDERR_LINE));
      pending = '';
    }
  };
}

const waitFor = (exited: Promise<void>, ms: number) =>
  Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);

/**
 * An MCP stdio client transport that owns its child completely: the environment is exactly
 * `env` (the SDK's own transport always adds HOME, PATH, SHELL, USER… from the host), the child
 * leads its own process group so closing it kills everything it started, and stderr goes to
 * `onStderrLine` instead of the terminal. Messages are newline-delimited JSON-RPC.
 */
export function createStdioTransport(options: StdioTransportOptions): StdioTransport {
  const grace = options.graceMs ?? 2000;
  const buffer = new ReadBuffer();
  let child: ChildProcessWithoutNullStreams | undefined;
  let exited: Promise<void> = Promise.resolve();
  let closedNotified = false;

  const notifyClosed = () => {
    if (closedNotified) return;
    closedNotified = true;
    transport.onclose?.();
  };

  const transport: StdioTransport = {
    get pid() {
      return child?.pid ?? null;
    },
    start() {
      if (child !== undefined) return Promise.reject(new Error('the transport is already started'));
      return new Promise<void>((resolve, reject) => {
        const spawned = spawn(options.file, [...options.args], {
          cwd: options.cwd,
          env: { ...options.env },
          stdio: ['pipe', 'pipe', 'pipe'],
          shell: false,
          detached: process.platform !== 'win32',
          windowsHide: true,
        });
        child = spawned;
        let started = false;
        exited = new Promise<void>((done) =>
          spawned.once('close', () => {
            done();
          }),
        );
        spawned.once('spawn', () => {
          started = true;
          resolve();
        });
        spawned.once('error', (error) => {
          if (!started) reject(error);
          else transport.onerror?.(error);
        });
        spawned.once('close', () => {
          // Whatever the server left behind in its group goes with it.
          killProcessGroup(spawned.pid);
          if (child === spawned) child = undefined;
          buffer.clear();
          if (started) notifyClosed();
        });
        spawned.stdout.on('data', (chunk: Buffer) => {
          buffer.append(chunk);
          for (;;) {
            let message: JSONRPCMessage | null;
            try {
              message = buffer.readMessage();
            } catch (error) {
              transport.onerror?.(error instanceof Error ? error : new Error(String(error)));
              continue;
            }
            if (message === null) break;
            transport.onmessage?.(message);
          }
        });
        spawned.stderr.on('data', lineSplitter(options.onStderrLine));
        spawned.stdin.on('error', (error) => transport.onerror?.(error));
      });
    },
    send(message) {
      const running = child;
      if (running === undefined) return Promise.reject(new Error('the MCP server is not running'));
      return new Promise<void>((resolve) => {
        if (running.stdin.write(serializeMessage(message))) resolve();
        else
          running.stdin.once('drain', () => {
            resolve();
          });
      });
    },
    async close() {
      const running = child;
      if (running !== undefined) {
        running.stdin.end();
        await waitFor(exited, grace);
        if (running.exitCode === null && running.signalCode === null) {
          killProcessGroup(running.pid, 'SIGTERM');
          await waitFor(exited, grace);
        }
        killProcessGroup(running.pid, 'SIGKILL');
        await waitFor(exited, grace);
      }
      notifyClosed();
    },
  };
  return transport;
}
