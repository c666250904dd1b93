// The kernel's ContainerManager driving real bubblewrap: access checks, audit, limits from the
// configuration, OXIOS_HOME hidden, and a sandbox recreated after a restart.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  createContainerManager,
  openStore,
  parseConfig,
  permissionDenied,
  type ContainerAccess,
  type ContainerAuditEntry,
  type ContainerManager,
  type Store,
} from '@oxios/kernel';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { err, ok } from 'neverthrow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBwrapBackend } from '../src/index.js';

const linux = process.platform === 'linux';
const probe = await createBwrapBackend().probe();

function recordingAccess() {
  const audits: ContainerAuditEntry[] = [];
  const access: ContainerAccess = {
    authorize: (request) =>
      request.subject === 'agent:evil' || (request.context.network && request.subject !== 'user:ann')
        ? err(permissionDenied(request.subject, request.action, request.resource, 'not permitted'))
        : ok(undefined),
    audit: (entry) => {
      audits.push(entry);
      return ok(undefined);
    },
  };
  return { access, audits };
}

describe.skipIf(!linux)('ContainerManager over bwrap', () => {
  let home: TempHome;
  let store: Store;
  let manager: ContainerManager;
  let audits: ContainerAuditEntry[];
  const ann = { subject: 'user:ann' };
  const config = parseConfig('[container]\nbackend = "bwrap"\npids = 16\nfile_size_mb = 1\n', 'test')._unsafeUnwrap()
    .container;
  const build = (access: ContainerAccess) =>
    createContainerManager({
      store,
      access,
      home: home.path,
      config,
      backend: createBwrapBackend({ hide: [home.path] }),
    });

  beforeEach(async () => {
    home = await createTempHome();
    store = openStore({ home: home.path })._unsafeUnwrap();
    const recorded = recordingAccess();
    audits = recorded.audits;
    manager = build(recorded.access);
    (await manager.create(ann, { name: 'proj' }))._unsafeUnwrap();
  });
  afterEach(async () => {
    await manager.remove(ann, 'proj');
    store.close();
    await home.remove();
  });

  it('runs a command in the workspace, audited, with its files on the host', async () => {
    const result = (await manager.exec(ann, 'proj', ['sh', '-c', 'pwd; echo hi > hello.txt']))._unsafeUnwrap();
    expect(result).toMatchObject({ exitCode: 0, stdout: '/workspace\n' });
    expect(readFileSync(join(home.path, 'containers', 'proj', 'workspace', 'hello.txt'), 'utf8')).toBe('hi\n');
    expect(audits.at(-1)).toMatchObject({
      action: 'container-exec',
      allowed: true,
      context: { backend: 'bwrap', argv: ['sh', '-c', 'pwd; echo hi > hello.txt'] },
    });
  });

  it('refuses and audits a denied command, which never runs', async () => {
    const denied = await manager.exec({ subject: 'agent:evil' }, 'proj', ['sh', '-c', 'echo x > pwned.txt']);
    expect(denied._unsafeUnwrapErr()).toMatchObject({ code: 'permission-denied' });
    expect(audits.at(-1)).toMatchObject({ subject: 'agent:evil', allowed: false });
    expect(existsSync(join(home.path, 'containers', 'proj', 'workspace', 'pwned.txt'))).toBe(false);
  });

  it('hides OXIOS_HOME (database, config, other containers) from the command', async () => {
    writeFileSync(join(home.path, 'config.toml'), '# secret-config\n');
    for (const path of [join(home.path, 'config.toml'), join(home.path, 'oxios.db')]) {
      const result = (await manager.exec(ann, 'proj', ['cat', path]))._unsafeUnwrap();
      expect(result.exitCode, path).not.toBe(0);
      expect(result.stdout).not.toContain('secret-config');
    }
  });

  it('applies the file size limit from [container] file_size_mb', async () => {
    const result = (
      await manager.exec(ann, 'proj', ['sh', '-c', 'head -c 2097152 /dev/zero > big.bin'])
    )._unsafeUnwrap();
    expect(result.exitCode).not.toBe(0);
  });

  it.skipIf(probe.enforces.limits.pids === 'none')('applies the process limit from [container] pids', async () => {
    const storm = 'for i in $(seq 1 40); do sleep 1 & done; wait';
    expect((await manager.exec(ann, 'proj', ['sh', '-c', storm]))._unsafeUnwrap().exitCode).not.toBe(0);
  });

  it('gives network only to a networked container and a subject permitted to use it', async () => {
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const connect = ['bash', '-c', 'exec 3<>"/dev/tcp/127.0.0.1/$0"', String(port)];
    try {
      expect((await manager.exec(ann, 'proj', connect))._unsafeUnwrap().exitCode).not.toBe(0);
      (await manager.create(ann, { name: 'net', network: true }))._unsafeUnwrap();
      expect((await manager.exec(ann, 'net', connect))._unsafeUnwrap().exitCode).toBe(0);
      expect((await manager.exec({ subject: 'agent:a1' }, 'net', connect))._unsafeUnwrapErr()).toMatchObject({
        code: 'permission-denied',
      });
      (await manager.remove(ann, 'net'))._unsafeUnwrap();
    } finally {
      server.close();
    }
  });

  it('recreates the sandbox after a restart and keeps the workspace', async () => {
    await manager.exec(ann, 'proj', ['sh', '-c', 'echo kept > kept.txt']);
    const restarted = build(recordingAccess().access);
    expect((await restarted.exec(ann, 'proj', ['cat', 'kept.txt']))._unsafeUnwrap().stdout).toBe('kept\n');
    await restarted.remove(ann, 'proj', { keepWorkspace: true });
    (await manager.create(ann, { name: 'proj' }))._unsafeUnwrap();
  });
});
