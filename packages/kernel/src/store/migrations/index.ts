import { MIGRATION_001 } from './001-initial.js';
import { MIGRATION_002 } from './002-extend.js';

/** A schema change. Versions are consecutive from 1; a released migration is never edited. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration, in order. Append new ones; the database's `user_version` records the last applied. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: MIGRATION_001 },
  { version: 2, name: 'extend', sql: MIGRATION_002 },
];

/** The schema version this build of Oxios writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
