import type { EvaluationSummary } from '@oxios/ouroboros';
import type { Result } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { Store } from '../store/store.js';

/** A stored evaluation of one seed run. */
export interface EvaluationRecord {
  readonly id: string;
  readonly seedId: string;
  readonly sessionId: string | null;
  readonly approved: boolean;
  readonly score: number | null;
  readonly summary: EvaluationSummary;
  readonly createdAt: number;
}

interface EvaluationRow {
  id: string;
  seed_id: string;
  session_id: string | null;
  passed: number;
  score: number | null;
  body: string;
  created_at: number;
}

/** Evaluations per seed, newest last. */
export interface EvaluationRepository {
  save(
    summary: EvaluationSummary,
    options: { sessionId: string | null; at?: number },
  ): Result<EvaluationRecord, KernelError>;
  forSeed(seedId: string): Result<readonly EvaluationRecord[], KernelError>;
}

const toRecord = (row: EvaluationRow): EvaluationRecord => ({
  id: row.id,
  seedId: row.seed_id,
  sessionId: row.session_id,
  approved: row.passed === 1,
  score: row.score,
  summary: JSON.parse(row.body) as EvaluationSummary,
  createdAt: row.created_at,
});

/** Creates the evaluation repository over `store`. */
export function createEvaluationRepository(store: Store, now: () => number = Date.now): EvaluationRepository {
  return {
    save(summary, options) {
      const record: EvaluationRecord = {
        id: crypto.randomUUID(),
        seedId: summary.seedId,
        sessionId: options.sessionId,
        approved: summary.approved,
        score: summary.score,
        summary,
        createdAt: options.at ?? now(),
      };
      return store
        .attempt('save evaluation', () =>
          store
            .statement(
              'INSERT INTO evaluations (id, seed_id, session_id, stage, passed, score, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            )
            .run(
              record.id,
              record.seedId,
              record.sessionId,
              'summary',
              record.approved ? 1 : 0,
              record.score,
              JSON.stringify(summary),
              record.createdAt,
            ),
        )
        .map(() => record);
    },
    forSeed(seedId) {
      return store.attempt('read evaluations', () =>
        (
          store
            .statement('SELECT * FROM evaluations WHERE seed_id = ? ORDER BY created_at, id')
            .all(seedId) as unknown as EvaluationRow[]
        ).map(toRecord),
      );
    },
  };
}
