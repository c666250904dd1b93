import {
  createEvaluationRepository,
  createSeedRepository,
  notFound,
  type EvaluationRecord,
  type KernelError,
  type SeedRecord as KernelSeedRecord,
} from '@oxios/kernel';
import {
  EvaluationListSchema,
  LineageSchema,
  SeedListQuerySchema,
  SeedListSchema,
  SeedParamsSchema,
  SeedRecordSchema,
  type Caller,
  type Evaluation,
  type EvaluationSummary,
  type SeedRecord,
} from '@oxios/sdk-client';
import { err, ok, type Result } from 'neverthrow';
import type { ServerDeps } from '../deps.js';
import { hasRole } from '../http/caller.js';
import { defineRoute } from '../http/define-route.js';
import { iso } from '../http/iso.js';
import { requireOwner } from '../http/ownership.js';

/** A stored seed as the API shows it. */
export function toApiSeedRecord(record: KernelSeedRecord): SeedRecord {
  const { seedId: _seedId, ...execution } = record.execution;
  return {
    seed: record.seed as SeedRecord['seed'],
    sessionId: record.sessionId,
    forced: record.forced,
    execution: { ...execution, tags: [...execution.tags] },
  };
}

/** A stored evaluation as the API shows it. */
export function toApiEvaluation(record: EvaluationRecord): Evaluation {
  return {
    id: record.id,
    seedId: record.seedId,
    sessionId: record.sessionId,
    approved: record.approved,
    score: record.score,
    summary: record.summary as unknown as EvaluationSummary,
    createdAt: iso(record.createdAt),
  };
}

/**
 * Seeds, lineages and evaluations (read-only: the orchestrator writes them). A seed belongs to
 * its session's owner; admins see every seed.
 */
export function seedRoutes(deps: ServerDeps) {
  const seeds = createSeedRepository(deps.kernel.store);
  const evaluations = createEvaluationRepository(deps.kernel.store);
  const { sessions } = deps.kernel;
  const isAdmin = (caller: Caller | undefined) => caller !== undefined && hasRole(caller.role, 'admin');
  const ownsSession = (caller: Caller | undefined, sessionId: string | null): boolean => {
    if (isAdmin(caller)) return true;
    if (sessionId === null) return false;
    const session = sessions.get(sessionId);
    return session.isOk() && session.value.userId === caller?.userName;
  };
  // Someone else's seed answers not-found, like a missing one.
  const visible = (caller: Caller | undefined, id: string): Result<KernelSeedRecord, KernelError> =>
    seeds.get(id).andThen((record) => (ownsSession(caller, record.sessionId) ? ok(record) : err(notFound('seed', id))));
  return [
    defineRoute({
      method: 'GET',
      path: '/api/seeds',
      access: 'user',
      summary: "List seeds newest first, optionally of one session (users see their sessions' seeds)",
      tags: ['seeds'],
      query: SeedListQuerySchema,
      response: SeedListSchema,
      handler: ({ query, caller }) => {
        if (query.sessionId !== undefined) {
          const session = sessions
            .get(query.sessionId)
            .andThen((found) => requireOwner(caller, found.userId, 'session', query.sessionId ?? '', found));
          if (session.isErr()) return err(session.error);
        }
        return seeds
          .list({
            ...(query.limit === undefined ? {} : { limit: query.limit }),
            ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
            ...(query.sessionId === undefined ? {} : { sessionId: query.sessionId }),
          })
          .map((page) => ({
            items: page.items.filter((record) => ownsSession(caller, record.sessionId)).map(toApiSeedRecord),
            ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
          }));
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/api/seeds/:id',
      access: 'user',
      summary: 'One seed with its execution record',
      tags: ['seeds'],
      params: SeedParamsSchema,
      response: SeedRecordSchema,
      handler: ({ params, caller }) => visible(caller, params.id).map(toApiSeedRecord),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/seeds/:id/lineage',
      access: 'user',
      summary: "Every generation of the seed's lineage with its execution record and latest evaluation",
      tags: ['seeds'],
      params: SeedParamsSchema,
      response: LineageSchema,
      handler: ({ params, caller }) =>
        visible(caller, params.id)
          .andThen(() => seeds.lineage(params.id))
          .andThen((lineage) => {
            const items = [];
            for (const record of lineage) {
              const evaluated = evaluations.forSeed(record.seed.id);
              if (evaluated.isErr()) return err(evaluated.error);
              const latest = evaluated.value.at(-1);
              items.push({ ...toApiSeedRecord(record), evaluation: latest ? toApiEvaluation(latest) : null });
            }
            return ok({ items });
          }),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/seeds/:id/evaluations',
      access: 'user',
      summary: "A seed's evaluations, oldest first",
      tags: ['seeds'],
      params: SeedParamsSchema,
      response: EvaluationListSchema,
      handler: ({ params, caller }) =>
        visible(caller, params.id)
          .andThen(() => evaluations.forSeed(params.id))
          .map((records) => ({ items: records.map(toApiEvaluation) })),
    }),
  ];
}
