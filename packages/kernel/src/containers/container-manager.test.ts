import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { err, ok } from 'neverthrow';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/parse-config.js';
import { permissionDenied, storeError } from '../errors/constructors.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { ContainerAccess, ContainerAccessRequest, ContainerAuditEntry } from './container-access.js';
import type { ContainerBackend } from './container-backend.js';
import { createContainerManager, type ContainerManager } from './container-manager.js';
import { createHostBackend } from './host-backend.js';
import type { SandboxSpec } from './sandbox-spec.js';

/** A small, real access policy: agents need `network` for networked containers; `agent:evil` may do nothing. */
function createRecordingAccess(options: { networkSubjects?: readonly string[]; failAudit?: boolean } = {}) {
  const requests: ContainerAccessRequest[] = [];
  const audits: ContainerAuditEntry[] = [];
  const access: ContainerAccess = {
    authorize(request) {
      requests.push(request);
      if (request.subject === 'agent:evil')
        return err(permissionDenied(request.subject, request.action, request.resource, 'no role'));
      if (request.context.network && !options.networkSubjects?.includes(request.subject)) {
        return err(permissionDenied(request.subject, request.action, request.resource, 'network not permitted'));
      }
      return ok(undefined);
    },
    audit(entry) {
      if (options.failAudit === true) return err(storeError('insert audit entry', new Error('disk full')));
      audits.push(entry);
      return ok(undefined);
    },
  };
  return { access, requests, audits };
}

/** The host backend, recording the specs it is asked to create (so limits can be checked). */
function recordingBackend(specs: SandboxSpec[]): ContainerBackend {
  const backend = createHostBackend({ allowHost: true });
  return { ...backend, create: (spec, options) => (specs.push(spec), backend.create(spec, options)) };
}

const ann = { subject: 'user:ann', sessionId: 's1' };
const agent = { subject: 'agent:a1', agentId: 'a1' };
const evil = { subject: 'agent:evil' };

describe('ContainerManager', () => {
  let home: TempHome;
  let store: Store;
  let specs: SandboxSpec[];
  let recorded: ReturnType<typeof createRecordingAccess>;
  let manager: ContainerManager;
  const config = parseConfig(
    '[container]\nbackend = "host"\nallow_host = true\nmemory_mb = 300\npids = 77\n',
    'c',
  )._unsafeUnwrap().container;

  const build = (access: ContainerAccess, backend: ContainerBackend = recordingBackend(specs)) =>
    createContainerManager({ store, backend, access, home: home.path, config });

  beforeEach(async () => {
    home = await createTempHome();
    store = openStore({ home: home.path })._unsafeUnwrap();
    specs = [];
    recorded = createRecordingAccess({ networkSubjects: ['user:ann'] });
    manager = build(recorded.access);
  });
  afterEach(async () => {
    store.close();
    await home.remove();
  });

  it('creates a container with its workspace under OXIOS_HOME and the configured limits', async () => {
    const record = (await manager.create(ann, { name: 'proj', env: { TOKEN: 't' } }))._unsafeUnwrap();
    const workspace = join(home.path, 'containers', 'proj', 'workspace');
    expect(record).toMatchObject({
      name: 'proj',
      status: 'running',
      backend: 'host',
      image: 'host',
      workspace,
      createdBy: 'user:ann',
    });
    expect(statSync(workspace).mode & 0o777).toBe(0o700);
    expect(specs[0]?.limits).toEqual({
      cpus: 2,
      memoryMiB: 300,
      pids: 77,
      fileSizeMiB: 1024,
      openFiles: 1024,
      cpuSeconds: 600,
      addressSpaceMiB: 0,
    });
    expect(specs[0]?.labels).toMatchObject({ 'oxios.managed': 'true', 'oxios.container': 'proj' });
    expect(manager.get('proj')._unsafeUnwrap()).toEqual(record);
  });

  it('authorises and audits every exec, before it runs', async () => {
    await manager.create(ann, { name: 'proj' });
    const result = (
      await manager.exec(agent, 'proj', ['sh', '-c', 'echo hi > ran.txt; echo done'], { cwd: '.' })
    )._unsafeUnwrap();
    expect(result).toMatchObject({ exitCode: 0, stdout: 'done\n' });
    const entry = recorded.audits.at(-1);
    expect(entry).toMatchObject({
      subject: 'agent:a1',
      action: 'container-exec',
      resource: 'container:proj',
      allowed: true,
      context: {
        operation: 'exec',
        container: 'proj',
        backend: 'host',
        network: false,
        argv: ['sh', '-c', 'echo hi > ran.txt; echo done'],
        cwd: '.',
        agentId: 'a1',
      },
    });
    expect(recorded.requests.map((request) => request.action)).toEqual(['container-manage', 'container-exec']);
  });

  it('refuses a denied exec, audits the denial with its reason, and runs nothing', async () => {
    await manager.create(ann, { name: 'proj' });
    const denied = await manager.exec(evil, 'proj', ['sh', '-c', 'echo pwned > pwned.txt']);
    expect(denied._unsafeUnwrapErr()).toMatchObject({ code: 'permission-denied', subject: 'agent:evil' });
    expect(recorded.audits.at(-1)).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('no role') as string,
    });
    expect(existsSync(join(home.path, 'containers', 'proj', 'workspace', 'pwned.txt'))).toBe(false);
  });

  it('runs nothing when the audit record cannot be written', async () => {
    await manager.create(ann, { name: 'proj' });
    const failing = build(createRecordingAccess({ failAudit: true }).access);
    const result = await failing.exec(ann, 'proj', ['sh', '-c', 'echo x > unaudited.txt']);
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'store' });
    expect(existsSync(join(home.path, 'containers', 'proj', 'workspace', 'unaudited.txt'))).toBe(false);
  });

  it('needs the network permission to create or use a container with network', async () => {
    expect((await manager.create(agent, { name: 'net', network: true }))._unsafeUnwrapErr()).toMatchObject({
      code: 'permission-denied',
    });
    (await manager.create(ann, { name: 'net', network: true }))._unsafeUnwrap();
    expect((await manager.exec(agent, 'net', ['true']))._unsafeUnwrapErr()).toMatchObject({
      code: 'permission-denied',
    });
    expect((await manager.exec(ann, 'net', ['true']))._unsafeUnwrap().exitCode).toBe(0);
  });

  it('rejects names that could leave the containers folder, before touching anything', async () => {
    for (const name of ['..', '../x', 'a/b', '..%2F..', '', '.hidden', 'a'.repeat(64)]) {
      expect((await manager.create(ann, { name }))._unsafeUnwrapErr()).toMatchObject({
        code: 'invalid-argument',
        field: 'name',
      });
      expect((await manager.remove(ann, name))._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument' });
    }
    expect(recorded.requests).toEqual([]);
    expect(existsSync(join(home.path, 'containers'))).toBe(false);
  });

  it('stops without deleting, refuses commands while stopped, and starts again', async () => {
    await manager.create(ann, { name: 'proj' });
    expect((await manager.stop(ann, 'proj'))._unsafeUnwrap().status).toBe('stopped');
    expect((await manager.exec(ann, 'proj', ['true']))._unsafeUnwrapErr()).toMatchObject({ code: 'not-running' });
    expect((await manager.start(ann, 'proj'))._unsafeUnwrap().status).toBe('running');
    expect((await manager.exec(ann, 'proj', ['true']))._unsafeUnwrap().exitCode).toBe(0);
  });

  it('recreates a sandbox the backend lost (e.g. after a restart) on the next exec', async () => {
    await manager.create(ann, { name: 'proj' });
    const restarted = build(recorded.access, recordingBackend(specs));
    expect((await restarted.exec(ann, 'proj', ['sh', '-c', 'echo back']))._unsafeUnwrap().stdout).toBe('back\n');
    expect(specs).toHaveLength(2);
  });

  it('removes the sandbox, the record and the folder; keepWorkspace keeps the files', async () => {
    await manager.create(ann, { name: 'keep' });
    await manager.exec(ann, 'keep', ['sh', '-c', 'echo data > file.txt']);
    (await manager.remove(ann, 'keep', { keepWorkspace: true }))._unsafeUnwrap();
    expect(readFileSync(join(home.path, 'containers', 'keep', 'workspace', 'file.txt'), 'utf8')).toBe('data\n');
    expect(manager.get('keep')._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
    await manager.create(ann, { name: 'gone' });
    (await manager.remove(ann, 'gone'))._unsafeUnwrap();
    expect(existsSync(join(home.path, 'containers', 'gone'))).toBe(false);
    expect((await manager.remove(ann, 'gone'))._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
  });

  it('refuses a duplicate name and leaves the first container alone', async () => {
    await manager.create(ann, { name: 'proj' });
    expect((await manager.create(ann, { name: 'proj' }))._unsafeUnwrapErr()).toMatchObject({ code: 'already-exists' });
    expect(manager.get('proj')._unsafeUnwrap().status).toBe('running');
  });

  it('undoes the record and folder when the backend cannot create the sandbox', async () => {
    const result = await manager.create(ann, { name: 'img', image: 'debian:12' });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument', field: 'image' });
    expect(manager.get('img')._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
    expect(existsSync(join(home.path, 'containers', 'img'))).toBe(false);
  });

  it('refuses to drive a container another backend created, but lets it be removed', async () => {
    await manager.create(ann, { name: 'proj' });
    const other = build(recorded.access, { ...createHostBackend({ allowHost: true }), kind: 'bwrap' });
    expect((await other.exec(ann, 'proj', ['true']))._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-state' });
    expect((await other.stop(ann, 'proj'))._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-state' });
    (await other.remove(ann, 'proj'))._unsafeUnwrap();
    expect(other.get('proj')._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
  });
});
