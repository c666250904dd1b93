import type {
  Agent,
  Approval,
  AuditEntry,
  CreatedToken,
  CreateTokenRequest,
  Message,
  Session,
  Token,
} from '@oxios/sdk-client';
import type { ResultAsync } from 'neverthrow';
import type { CliError } from '../errors/cli-error.js';

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
