/**
 * Schema version 1: every aggregate the kernel persists. Timestamps are integer milliseconds
 * since the Unix epoch; JSON documents are TEXT columns validated by their repositories.
 */
export const MIGRATION_001 = `
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  title TEXT,
  persona_id TEXT,
  phase TEXT NOT NULL DEFAULT 'interview',
  status TEXT NOT NULL DEFAULT 'active',
  status_reason TEXT,
  active_seed_id TEXT,
  metadata TEXT NOT NULL DEFAULT '{}',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX sessions_user_updated ON sessions (user_id, updated_at DESC);
CREATE INDEX sessions_status ON sessions (status);

CREATE TABLE messages (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'system', 'tool')),
  content TEXT NOT NULL,
  metadata TEXT NOT NULL DEFAULT '{}',
  created_at INTEGER NOT NULL,
  UNIQUE (session_id, seq)
);

CREATE TABLE seeds (
  id TEXT PRIMARY KEY,
  session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
  parent_id TEXT REFERENCES seeds (id),
  generation INTEGER NOT NULL CHECK (generation >= 1),
  goal TEXT NOT NULL,
  body TEXT NOT NULL,
  forced INTEGER NOT NULL DEFAULT 0,
  runs INTEGER NOT NULL DEFAULT 0,
  passes INTEGER NOT NULL DEFAULT 0,
  last_run_at INTEGER,
  execution TEXT NOT NULL DEFAULT '{}',
  created_at INTEGER NOT NULL
);
CREATE INDEX seeds_session ON seeds (session_id, generation);
CREATE INDEX seeds_parent ON seeds (parent_id);

CREATE TABLE evaluations (
  id TEXT PRIMARY KEY,
  seed_id TEXT NOT NULL REFERENCES seeds (id) ON DELETE CASCADE,
  session_id TEXT,
  stage TEXT NOT NULL,
  passed INTEGER NOT NULL,
  score REAL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX evaluations_seed ON evaluations (seed_id, created_at);

CREATE TABLE protocol_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  session_id TEXT NOT NULL,
  type TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX protocol_events_session ON protocol_events (session_id, seq);

CREATE TABLE tasks (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  priority INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 3),
  status TEXT NOT NULL
    CHECK (status IN ('queued', 'running', 'completed', 'failed', 'timed-out', 'cancelled', 'interrupted')),
  status_reason TEXT,
  error_code TEXT,
  session_id TEXT,
  agent_id TEXT,
  provider TEXT,
  estimated_tokens INTEGER NOT NULL DEFAULT 0,
  payload TEXT NOT NULL DEFAULT '{}',
  enqueued_seq INTEGER NOT NULL UNIQUE,
  timeout_ms INTEGER,
  created_at INTEGER NOT NULL,
  started_at INTEGER,
  finished_at INTEGER
);
CREATE INDEX tasks_status ON tasks (status, priority DESC, enqueued_seq);
CREATE INDEX tasks_session ON tasks (session_id, enqueued_seq);

CREATE TABLE agents (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  owner TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('starting', 'running', 'idle', 'stopped', 'failed')),
  status_reason TEXT,
  error_code TEXT,
  seed_id TEXT,
  session_id TEXT,
  parent_id TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX agents_status ON agents (status);
CREATE INDEX agents_session ON agents (session_id);
CREATE INDEX agents_created ON agents (created_at, id);

CREATE TABLE audit_entries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  subject TEXT NOT NULL,
  action TEXT NOT NULL,
  resource TEXT NOT NULL,
  allowed INTEGER NOT NULL CHECK (allowed IN (0, 1)),
  rule TEXT,
  reason TEXT,
  request_id TEXT,
  session_id TEXT,
  agent_id TEXT
);
CREATE INDEX audit_at ON audit_entries (at);
CREATE INDEX audit_subject ON audit_entries (subject, id);
CREATE INDEX audit_action ON audit_entries (action, id);
CREATE INDEX audit_allowed ON audit_entries (allowed, id);
-- Append-only: rows are never changed; only the retention sweep deletes the oldest.
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE ON audit_entries
BEGIN
  SELECT RAISE(ABORT, 'audit entries are append-only');
END;

CREATE TABLE approvals (
  id TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  owner TEXT,
  action TEXT NOT NULL,
  resource TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'expired')),
  requested_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  decided_at INTEGER,
  decided_by TEXT,
  note TEXT,
  request_id TEXT,
  session_id TEXT,
  agent_id TEXT
);
CREATE INDEX approvals_requested ON approvals (requested_at, id);
CREATE INDEX approvals_pending ON approvals (status, expires_at);
-- A decided approval never changes again; only pending ones may move, and only forward.
CREATE TRIGGER approvals_decided_final BEFORE UPDATE ON approvals
WHEN OLD.status <> 'pending'
BEGIN
  SELECT RAISE(ABORT, 'approval already decided');
END;

CREATE TABLE role_assignments (
  subject TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('user', 'superuser', 'admin')),
  assigned_at INTEGER NOT NULL,
  assigned_by TEXT NOT NULL
);

CREATE TABLE agent_permissions (
  agent_id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  body TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE INDEX agent_permissions_owner ON agent_permissions (owner);

CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  digest TEXT NOT NULL UNIQUE,
  user_name TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_used_at INTEGER,
  expires_at INTEGER,
  revoked_at INTEGER
);

CREATE TABLE containers (
  name TEXT PRIMARY KEY,
  backend TEXT NOT NULL,
  backend_id TEXT,
  image TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('creating', 'running', 'stopped')),
  workspace TEXT NOT NULL,
  network INTEGER NOT NULL DEFAULT 0,
  limits TEXT NOT NULL DEFAULT '{}',
  labels TEXT NOT NULL DEFAULT '{}',
  env TEXT NOT NULL DEFAULT '{}',
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE usage (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  session_id TEXT,
  agent_id TEXT,
  provider TEXT NOT NULL,
  model TEXT NOT NULL,
  input_tokens INTEGER NOT NULL DEFAULT 0,
  output_tokens INTEGER NOT NULL DEFAULT 0,
  cache_read_tokens INTEGER NOT NULL DEFAULT 0,
  cache_write_tokens INTEGER NOT NULL DEFAULT 0,
  cost_usd REAL NOT NULL DEFAULT 0
);
CREATE INDEX usage_session ON usage (session_id, at);
CREATE INDEX usage_agent ON usage (agent_id, at);
CREATE INDEX usage_at ON usage (at);

CREATE TABLE context_archive (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  agent_id TEXT,
  tokens INTEGER NOT NULL,
  content BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  archived_at INTEGER NOT NULL
);
CREATE INDEX context_archive_session ON context_archive (session_id);
`;
