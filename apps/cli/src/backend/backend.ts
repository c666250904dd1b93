import type {
  Agent,
  Approval,
  AuditEntry,
  CreatedToken,
  CreateTokenRequest,
  Message,
  Session,
  SessionReply,
  Token,
} from '@oxios/sdk-client';
import type { PersonaInput, ProgramSource, SkillInput } from '@oxios/kernel';
import type { ResultAsync } from 'neverthrow';
import type { CliError } from '../errors/cli-error.js';
import type {
  ContainerCreateInput,
  ContainerExecView,
  ContainerView,
  LineageView,
  PersonaListView,
  PersonaView,
  ProgramDetailView,
  ProgramView,
  SeedView,
  SkillSummaryView,
  SkillView,
} from './views.js';

/** How the CLI reaches Oxios: an embedded kernel, the local server, or a remote one. */
export type BackendMode = 'embedded' | 'local-server' | 'remote';

/** A page of a list, as the API returns it. */
export interface ListPage<T> {
  readonly items: T[];
  readonly nextCursor?: string | undefined;
}

/** Paging options of every list command. */
export interface ListOptions {
  readonly limit?: number;
  readonly cursor?: string;
}

/** What `oxios status` reports, the same in every mode (fields that do not apply are null). */
export interface StatusView {
  readonly mode: BackendMode;
  /** OXIOS_HOME when it is on this machine, else null. */
  readonly home: string | null;
  /** The server in use; null for an embedded kernel. */
  readonly server: { url: string; version: string; startedAt: string; uptimeSeconds: number } | null;
  /** Who the CLI acts as. */
  readonly caller: { userName: string; role: string };
  /** Agents in the process table by status (first 500 of each). */
  readonly agents: { running: number; idle: number };
}

/** `oxios audit` filters. */
export interface AuditFilter extends ListOptions {
  readonly deniedOnly?: boolean;
  readonly agentId?: string;
  readonly subject?: string;
  readonly action?: string;
  /** RFC 3339. */
  readonly since?: string;
}

/** Options of a message to a session. */
export interface SendOptions {
  /** Open the seed gate although the request is still ambiguous; the reason is recorded. */
  readonly force?: { readonly reason: string };
}

/**
 * Everything commands ask of Oxios, behind one interface with a local (embedded kernel) and a
 * remote (HTTP API) implementation, so a command prints the same thing in every mode. Values
 * use the API's shapes (`@oxios/sdk-client`): ISO timestamps, no internal fields.
 */
export interface Backend {
  readonly mode: BackendMode;
  /** OXIOS_HOME or the server URL, for messages. */
  readonly location: string;
  status(): ResultAsync<StatusView, CliError>;
  readonly tokens: {
    list(): ResultAsync<{ items: Token[] }, CliError>;
    create(request: CreateTokenRequest): ResultAsync<CreatedToken, CliError>;
    revoke(id: string): ResultAsync<Token, CliError>;
  };
  readonly sessions: {
    list(
      options: ListOptions & { status?: Session['status']; userId?: string },
    ): ResultAsync<ListPage<Session>, CliError>;
    get(id: string): ResultAsync<Session, CliError>;
    messages(id: string, options?: { afterSeq?: number; limit?: number }): ResultAsync<{ items: Message[] }, CliError>;
    remove(id: string): ResultAsync<{ deleted: true }, CliError>;
    /** A new session owned by the caller. */
    create(request: { title?: string }): ResultAsync<Session, CliError>;
    /**
     * One message through the Ouroboros loop; resolves with the reply (a question, the result, or
     * the session's status). Ctrl-C stops the work and fails with `aborted` (exit 130) once the
     * session is interrupted, in every mode.
     */
    send(id: string, text: string, options?: SendOptions): ResultAsync<SessionReply, CliError>;
    /** Continues an interrupted session; fails like {@link send}. */
    resume(id: string): ResultAsync<SessionReply, CliError>;
  };
  readonly seeds: {
    list(options: ListOptions & { sessionId?: string }): ResultAsync<ListPage<SeedView>, CliError>;
    get(id: string): ResultAsync<SeedView, CliError>;
    /** Every generation of the lineage `id` belongs to, generation 1 first, each with its latest evaluation. */
    lineage(id: string): ResultAsync<{ items: LineageView[] }, CliError>;
  };
  readonly programs: {
    list(): ResultAsync<{ items: ProgramView[] }, CliError>;
    get(name: string): ResultAsync<ProgramDetailView, CliError>;
    install(source: ProgramSource): ResultAsync<ProgramView, CliError>;
    setEnabled(name: string, enabled: boolean): ResultAsync<ProgramView, CliError>;
    uninstall(name: string): ResultAsync<{ name: string; uninstalled: true }, CliError>;
  };
  readonly skills: {
    list(): ResultAsync<{ items: SkillSummaryView[] }, CliError>;
    get(name: string): ResultAsync<SkillView, CliError>;
    create(input: SkillInput): ResultAsync<SkillView, CliError>;
    remove(name: string): ResultAsync<{ name: string; deleted: true }, CliError>;
  };
  readonly personas: {
    list(): ResultAsync<PersonaListView, CliError>;
    get(id: string): ResultAsync<PersonaView, CliError>;
    create(input: PersonaInput): ResultAsync<PersonaView, CliError>;
    remove(id: string): ResultAsync<{ id: string; deleted: true }, CliError>;
    /** Makes `id` the global default, or with `sessionId` that session's persona. */
    use(id: string, sessionId?: string): ResultAsync<{ id: string; sessionId: string | null }, CliError>;
  };
  readonly containers: {
    list(): ResultAsync<{ items: ContainerView[] }, CliError>;
    create(input: ContainerCreateInput): ResultAsync<ContainerView, CliError>;
    start(name: string): ResultAsync<ContainerView, CliError>;
    stop(name: string): ResultAsync<ContainerView, CliError>;
    remove(name: string): ResultAsync<{ name: string; deleted: true }, CliError>;
    exec(name: string, argv: readonly string[]): ResultAsync<ContainerExecView, CliError>;
  };
  readonly agents: {
    list(
      options: ListOptions & { status?: Agent['status']; sessionId?: string },
    ): ResultAsync<ListPage<Agent>, CliError>;
    kill(id: string): ResultAsync<Agent, CliError>;
  };
  readonly audit: {
    query(filter: AuditFilter): ResultAsync<ListPage<AuditEntry>, CliError>;
  };
  readonly approvals: {
    list(options: ListOptions & { status?: Approval['status'] }): ResultAsync<ListPage<Approval>, CliError>;
    decide(id: string, decision: 'approve' | 'reject', note?: string): ResultAsync<Approval, CliError>;
  };
  /** Releases the kernel or connections. Idempotent. */
  close(): Promise<void>;
}
