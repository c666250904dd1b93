import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { ioError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';

/** The file (mode 0600) in OXIOS_HOME where a running server says where it listens. */
export const SERVER_INFO_FILE_NAME = 'server.json';

/** What a running server publishes about itself for local clients (the `oxios` CLI). */
export const ServerInfoSchema = z.object({
  pid: z.number().int().positive(),
  /** Where it can be reached from this machine, e.g. `http://127.0.0.1:4200`. */
  url: z.string().min(1),
  version: z.string(),
  /** RFC 3339. */
  startedAt: z.string(),
});

/** The contents of `server.json`. */
export type ServerInfo = z.infer<typeof ServerInfoSchema>;

/** Writes `<home>/server.json` atomically (0600). The server calls it once listening. */
export function writeServerInfo(home: string, info: ServerInfo): Result<void, KernelError> {
  const path = join(home, SERVER_INFO_FILE_NAME);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, path);
    return ok(undefined);
  } catch (error) {
    return err(ioError('write', path, error));
  }
}

/** Reads `<home>/server.json`; undefined when absent or not valid. It may be stale: check the pid. */
export function readServerInfo(home: string): ServerInfo | undefined {
  try {
    const parsed = ServerInfoSchema.safeParse(JSON.parse(readFileSync(join(home, SERVER_INFO_FILE_NAME), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Removes `<home>/server.json` if it still names process `pid` (a newer server's file stays). */
export function removeServerInfo(home: string, pid: number = process.pid): void {
  if (readServerInfo(home)?.pid !== pid) return;
  try {
    unlinkSync(join(home, SERVER_INFO_FILE_NAME));
  } catch {
    // Already gone: nothing to clean up.
  }
}
