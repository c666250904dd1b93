import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readServerInfo, removeServerInfo, SERVER_INFO_FILE_NAME, writeServerInfo } from './server-info.js';

describe('server info', () => {
  let home: string;
  const info = { pid: 4242, url: 'http://127.0.0.1:4300', version: '0.1.0', startedAt: '2026-05-07T10:00:00.000Z' };
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'oxios-info-'));
  });
  afterEach(() => {
    rmSync(home, { recursive: true, force: true });
  });

  it('round-trips through a private file', () => {
    expect(writeServerInfo(home, info).isOk()).toBe(true);
    expect(readServerInfo(home)).toEqual(info);
    expect(statSync(join(home, SERVER_INFO_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('reads a missing or malformed file as absent', () => {
    expect(readServerInfo(home)).toBeUndefined();
    writeFileSync(join(home, SERVER_INFO_FILE_NAME), '{"pid":"x"}');
    expect(readServerInfo(home)).toBeUndefined();
  });

  it("removes only the file of the given process, leaving a newer server's", () => {
    writeServerInfo(home, info);
    removeServerInfo(home, 1);
    expect(readServerInfo(home)).toEqual(info);
    removeServerInfo(home, 4242);
    expect(readServerInfo(home)).toBeUndefined();
  });
});
