import { err, ok, type Result } from 'neverthrow';
import { alreadyExists, notFound } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { SandboxLimits } from '../../containers/sandbox-spec.js';
import type { Store } from '../store.js';

/** Where a container stands in Oxios's records. `creating` rows belong to a create in progress (or one that crashed). */
export type ContainerStatus = 'creating' | 'running' | 'stopped';

/** A project container as Oxios records it. */
export interface ContainerRecord {
  readonly name: string;
  /** The backend kind that created it. */
  readonly backend: string;
  /** The backend's id (e.g. `oxios-<name>`); null until the backend has created it. */
  readonly backendId: string | null;
  readonly image: string;
  readonly status: ContainerStatus;
  /** Absolute host path of the workspace. */
  readonly workspace: string;
  readonly network: boolean;
  /** The limits it was created with (from `[container]`). */
  readonly limits: SandboxLimits;
  readonly labels: Readonly<Record<string, string>>;
  /** Environment of every command. Values may be secrets: redact before showing. */
  readonly env: Readonly<Record<string, string>>;
  /** Subject that created it. */
  readonly createdBy: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Fields that change over a container's life. */
export type ContainerUpdate = Partial<Pick<ContainerRecord, 'status' | 'backendId' | 'image'>>;

/** Container metadata in the store. */
export interface ContainerRepository {
  /** Inserts a new record; `already-exists` when the name is taken. */
  insert(record: Omit<ContainerRecord, 'createdAt' | 'updatedAt'>): Result<ContainerRecord, KernelError>;
  get(name: string): Result<ContainerRecord, KernelError>;
  /** Every container, by name. */
  list(): Result<readonly ContainerRecord[], KernelError>;
  update(name: string, changes: ContainerUpdate): Result<ContainerRecord, KernelError>;
  /** Deletes the record; `not-found` when absent. */
  remove(name: string): Result<void, KernelError>;
}

interface ContainerRow {
  name: string;
  backend: string;
  backend_id: string | null;
  image: string;
  status: ContainerStatus;
  workspace: string;
  network: number;
  limits: string;
  labels: string;
  env: string;
  created_by: string;
  created_at: number;
  updated_at: number;
}

const toRecord = (row: ContainerRow): ContainerRecord => ({
  name: row.name,
  backend: row.backend,
  backendId: row.backend_id,
  image: row.image,
  status: row.status,
  workspace: row.workspace,
  network: row.network === 1,
  limits: JSON.parse(row.limits) as SandboxLimits,
  labels: JSON.parse(row.labels) as Record<string, string>,
  env: JSON.parse(row.env) as Record<string, string>,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Creates the container repository over `store`. `now` is injectable for tests. */
export function createContainerRepository(store: Store, now: () => number = Date.now): ContainerRepository {
  const find = (name: string) =>
    store.attempt(
      'read container',
      () => store.statement('SELECT * FROM containers WHERE name = ?').get(name) as ContainerRow | undefined,
    );
  const get = (name: string): Result<ContainerRecord, KernelError> =>
    find(name).andThen((row) => (row ? ok(toRecord(row)) : err(notFound('container', name))));

  return {
    insert(record) {
      return store.transaction('create container', () =>
        find(record.name).andThen((existing) => {
          if (existing) return err(alreadyExists('container', record.name));
          const at = now();
          return store
            .attempt('create container', () =>
              store
                .statement(
                  `INSERT INTO containers (name, backend, backend_id, image, status, workspace, network, limits,
                     labels, env, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
                )
                .run(
                  record.name,
                  record.backend,
                  record.backendId,
                  record.image,
                  record.status,
                  record.workspace,
                  record.network ? 1 : 0,
                  JSON.stringify(record.limits),
                  JSON.stringify(record.labels),
                  JSON.stringify(record.env),
                  record.createdBy,
                  at,
                  at,
                ),
            )
            .map(() => ({ ...record, createdAt: at, updatedAt: at }));
        }),
      );
    },
    get,
    list() {
      return store.attempt('list containers', () =>
        (store.statement('SELECT * FROM containers ORDER BY name').all() as unknown as ContainerRow[]).map(toRecord),
      );
    },
    update(name, changes) {
      return get(name).andThen((current) => {
        const next = { ...current, ...changes, updatedAt: Math.max(now(), current.updatedAt) };
        return store
          .attempt('update container', () =>
            store
              .statement('UPDATE containers SET status = ?, backend_id = ?, image = ?, updated_at = ? WHERE name = ?')
              .run(next.status, next.backendId, next.image, next.updatedAt, name),
          )
          .map(() => next);
      });
    },
    remove(name) {
      return store
        .attempt('delete container', () => store.statement('DELETE FROM containers WHERE name = ?').run(name))
        .andThen((result) => (result.changes === 0 ? err(notFound('container', name)) : ok(undefined)));
    },
  };
}
