import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createAccessManager,
  createAgentRepository,
  createEvaluationRepository,
  createKernel,
  createSeedRepository,
  createSessionRepository,
  createTokenService,
  DATABASE_FILE_NAME,
  openStore,
  type AccessManager,
  type AgentRecord,
  type CreateKernelOptions,
  type EvaluationRepository,
  type Kernel,
  type KernelError,
  type OxiosConfig,
  type Page,
  type PageOptions,
  type SeedRepository,
  type SessionRepository,
  type TokenService,
  type UserSubject,
} from '@oxios/kernel';
import { err, ok, type Result } from 'neverthrow';

/** Who the CLI acts as in embedded mode: the owner of OXIOS_HOME, i.e. the admin. */
export const LOCAL_SUBJECT: UserSubject = 'user:admin';
/** The user name of {@link LOCAL_SUBJECT}: the owner of the sessions the CLI starts. */
export const LOCAL_USER = 'admin';

/** What read-only commands need. */
export interface LocalReader {
  readonly tokens: Pick<TokenService, 'list'>;
  readonly sessions: Pick<SessionRepository, 'get' | 'list' | 'messages'>;
  readonly agents: {
    list(
      options: PageOptions & { status?: AgentRecord['status']; sessionId?: string },
    ): Result<Page<AgentRecord>, KernelError>;
  };
  readonly access: Pick<AccessManager, 'audit' | 'approvals'>;
  readonly seeds: Pick<SeedRepository, 'get' | 'list' | 'lineage'>;
  readonly evaluations: Pick<EvaluationRepository, 'forSeed'>;
}

/** Lazily opened embedded state: a read-only view, or a full kernel for writes. */
export interface LocalStore {
  /** Read-only (no lock) when the database exists and is current; otherwise the full kernel. */
  reader(): Result<LocalReader, KernelError>;
  /** The full kernel, taking the OXIOS_HOME write lock. */
  writer(): Result<Kernel, KernelError>;
  close(): Promise<void>;
}

const fromKernel = (kernel: Kernel): LocalReader => ({
  tokens: kernel.tokens,
  sessions: kernel.sessions,
  agents: kernel.supervisor,
  access: kernel.access,
  seeds: createSeedRepository(kernel.store),
  evaluations: createEvaluationRepository(kernel.store),
});

/** Gives `user:admin` the admin role, as the server does at every start. */
function ensureLocalAdmin(kernel: Kernel): Result<Kernel, KernelError> {
  return kernel.access
    .roleOf(LOCAL_SUBJECT)
    .andThen((role) =>
      role === 'admin'
        ? ok(kernel)
        : kernel.access.assignRole(LOCAL_SUBJECT, 'admin', { by: 'system' }).map(() => kernel),
    );
}

/**
 * Opens embedded state on demand. Reads never take the write lock, so they work beside a server
 * that is starting or another CLI; the first write opens the whole kernel (lock, migrations,
 * recovery of what a stopped server left running), exactly as a server start would.
 */
export function openLocalStore(
  config: OxiosConfig,
  options: Pick<CreateKernelOptions, 'version' | 'env' | 'containerBackends'>,
): LocalStore {
  let kernel: Kernel | undefined;
  let reader: { value: LocalReader; close(): void } | undefined;

  const writer = (): Result<Kernel, KernelError> => {
    if (kernel) return ok(kernel);
    const created = createKernel(config, options);
    if (created.isErr()) return err(created.error);
    const ensured = ensureLocalAdmin(created.value);
    if (ensured.isErr()) {
      void created.value.close('cli failed');
      return err(ensured.error);
    }
    kernel = ensured.value;
    return ok(kernel);
  };

  const openReader = (): Result<LocalReader, KernelError> => {
    if (kernel) return ok(fromKernel(kernel));
    if (reader) return ok(reader.value);
    if (!existsSync(join(config.home, DATABASE_FILE_NAME))) return writer().map(fromKernel);
    const opened = openStore({ home: config.home, readOnly: true });
    // An older schema needs migrating, which only a writer does.
    if (opened.isErr()) return opened.error.code === 'store' ? writer().map(fromKernel) : err(opened.error);
    const store = opened.value;
    const access = createAccessManager({ store, config });
    if (access.isErr()) {
      store.close();
      return err(access.error);
    }
    const value: LocalReader = {
      tokens: createTokenService(store),
      sessions: createSessionRepository(store),
      agents: createAgentRepository(store),
      access: access.value,
      seeds: createSeedRepository(store),
      evaluations: createEvaluationRepository(store),
    };
    reader = {
      value,
      close: () => {
        access.value.close();
        store.close();
      },
    };
    return ok(value);
  };

  return {
    reader: openReader,
    writer,
    async close() {
      reader?.close();
      reader = undefined;
      await kernel?.close('cli done');
      kernel = undefined;
    },
  };
}
