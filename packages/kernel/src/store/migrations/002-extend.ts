/**
 * Schema version 2: what extends Oxios — kernel-wide settings (the persona chosen as default,
 * which defaults were installed), installed programs' state, and the memory index. The files
 * under OXIOS_HOME stay the source of truth for programs, personas and notes; these tables hold
 * what files cannot (enabled flags, provenance) and an FTS5 index rebuilt from the notes.
 */
export const MIGRATION_002 = `
CREATE TABLE kernel_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE programs (
  name TEXT PRIMARY KEY,
  enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  version TEXT NOT NULL,
  source TEXT NOT NULL,
  installed_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE memory_notes (
  seq INTEGER PRIMARY KEY,
  user_id TEXT NOT NULL,
  id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('fact', 'knowledge', 'episode')),
  title TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]',
  session_id TEXT,
  file_mtime_ms INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (user_id, id)
);
CREATE INDEX memory_notes_kind_updated ON memory_notes (kind, updated_at);

CREATE VIRTUAL TABLE memory_fts USING fts5 (
  title, body, tags,
  tokenize = 'unicode61 remove_diacritics 2'
);
`;
