import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';
import { createContainerRepository, type ContainerRepository } from './container-repository.js';

const limits = {
  cpus: 2,
  memoryMiB: 512,
  pids: 64,
  fileSizeMiB: 10,
  openFiles: 256,
  cpuSeconds: 60,
  addressSpaceMiB: 0,
};

describe('ContainerRepository', () => {
  let home: TempHome;
  let store: Store;
  let containers: ContainerRepository;
  let clock = 1_000;
  beforeEach(async () => {
    home = await createTempHome();
    store = openStore({ home: home.path })._unsafeUnwrap();
    containers = createContainerRepository(store, () => (clock += 1));
  });
  afterEach(async () => {
    store.close();
    await home.remove();
  });

  const base = {
    backend: 'bwrap',
    backendId: null,
    image: 'host',
    status: 'creating' as const,
    workspace: '/x/workspace',
    network: false,
    limits,
    labels: { team: 'a' },
    env: { TOKEN: 's3cret' },
    createdBy: 'user:ann',
  };

  it('stores a record and reads every field back', () => {
    const inserted = containers.insert({ ...base, name: 'proj' })._unsafeUnwrap();
    expect(containers.get('proj')._unsafeUnwrap()).toEqual(inserted);
    expect(inserted).toMatchObject({ limits, labels: { team: 'a' }, env: { TOKEN: 's3cret' }, network: false });
  });

  it('refuses a second container with the same name', () => {
    containers.insert({ ...base, name: 'proj' })._unsafeUnwrap();
    expect(containers.insert({ ...base, name: 'proj' })._unsafeUnwrapErr()).toMatchObject({
      code: 'already-exists',
      resource: 'container',
      id: 'proj',
    });
  });

  it('updates status and backend id, lists by name and removes', () => {
    containers.insert({ ...base, name: 'b' })._unsafeUnwrap();
    containers.insert({ ...base, name: 'a' })._unsafeUnwrap();
    const updated = containers.update('b', { status: 'running', backendId: 'b' })._unsafeUnwrap();
    expect(updated).toMatchObject({ status: 'running', backendId: 'b' });
    expect(
      containers
        .list()
        ._unsafeUnwrap()
        .map((record) => record.name),
    ).toEqual(['a', 'b']);
    containers.remove('a')._unsafeUnwrap();
    expect(containers.remove('a')._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
    expect(containers.get('a')._unsafeUnwrapErr()).toMatchObject({ code: 'not-found', id: 'a' });
  });
});
