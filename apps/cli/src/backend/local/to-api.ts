import type { AgentRecord, Approval as KernelApproval, AuditEntry as KernelAuditEntry } from '@oxios/kernel';
import type { MessageRecord, OrchestratorReply, SessionRecord, TokenRecord } from '@oxios/kernel';
import { SessionReplySchema } from '@oxios/sdk-client';
import type { Agent, Approval, AuditEntry, Message, Session, SessionReply, Token } from '@oxios/sdk-client';

// Kernel records → the API's shapes, field for field as apps/server maps them, so that a command
// prints the same in embedded and server mode. (The CLI may not import apps/server.)

const iso = (epochMs: number): string => new Date(epochMs).toISOString();
const isoOrNull = (epochMs: number | null): string | null => (epochMs === null ? null : iso(epochMs));

/** A token as the API lists it (never the secret). */
export const toApiToken = (record: TokenRecord): Token => ({
  id: record.id,
  name: record.name,
  userName: record.userName,
  role: record.role,
  createdAt: iso(record.createdAt),
  lastUsedAt: isoOrNull(record.lastUsedAt),
  expiresAt: isoOrNull(record.expiresAt),
  revokedAt: isoOrNull(record.revokedAt),
});

/** A session without its internal metadata. */
export const toApiSession = (record: SessionRecord): Session => ({
  id: record.id,
  userId: record.userId,
  title: record.title,
  personaId: record.personaId,
  phase: record.phase,
  status: record.status,
  statusReason: record.statusReason,
  activeSeedId: record.activeSeedId,
  createdAt: iso(record.createdAt),
  updatedAt: iso(record.updatedAt),
});

export const toApiMessage = (record: MessageRecord): Message => ({
  id: record.id,
  sessionId: record.sessionId,
  seq: record.seq,
  role: record.role,
  content: record.content,
  createdAt: iso(record.createdAt),
});

export const toApiAgent = (record: AgentRecord): Agent => ({
  id: record.id,
  name: record.name,
  owner: record.owner,
  status: record.status,
  statusReason: record.statusReason,
  errorCode: record.errorCode,
  seedId: record.seedId,
  sessionId: record.sessionId,
  parentId: record.parentId,
  createdAt: iso(record.createdAt),
  updatedAt: iso(record.updatedAt),
});

export const toApiAuditEntry = (entry: KernelAuditEntry): AuditEntry => ({
  id: entry.id,
  at: iso(entry.at),
  subject: entry.subject,
  action: entry.action,
  resource: entry.resource,
  allowed: entry.allowed,
  rule: entry.rule,
  reason: entry.reason,
  requestId: entry.requestId,
  sessionId: entry.sessionId,
  agentId: entry.agentId,
});

export const toApiApproval = (approval: KernelApproval): Approval => ({
  id: approval.id,
  subject: approval.subject,
  owner: approval.owner,
  action: approval.action,
  resource: approval.resource,
  reason: approval.reason,
  status: approval.status,
  requestedAt: iso(approval.requestedAt),
  expiresAt: iso(approval.expiresAt),
  decidedAt: isoOrNull(approval.decidedAt),
  decidedBy: approval.decidedBy,
  note: approval.note,
  sessionId: approval.sessionId,
  agentId: approval.agentId,
});

/** A kernel page with its items mapped. */
export const toApiPage = <T, U>(page: { items: readonly T[]; nextCursor?: string }, map: (item: T) => U) => ({
  items: page.items.map(map),
  ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
});

/** The orchestrator's reply as the API sends it (the schema drops internal fields such as `evaluation`). */
export const toApiReply = (reply: OrchestratorReply): SessionReply =>
  SessionReplySchema.parse(JSON.parse(JSON.stringify(reply)));
