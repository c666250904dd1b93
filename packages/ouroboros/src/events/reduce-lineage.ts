import { err, ok, type Result } from 'neverthrow';
import { invalidEvent } from '../errors/constructors.js';
import type { InvalidEventError } from '../errors/ouroboros-error.js';
import { validateSeed } from '../seed/validate-seed.js';
import type { GenerationRecord, Lineage } from './lineage.js';
import type { ProtocolEvent } from './protocol-event.js';

function update(
  lineage: Lineage,
  seedId: string,
  change: (record: GenerationRecord) => GenerationRecord,
): Result<Lineage, string> {
  const index = lineage.generations.findIndex((record) => record.seed.id === seedId);
  if (index === -1) return err(`seed ${seedId} is not in the lineage`);
  const generations = lineage.generations.map((record, i) => (i === index ? change(record) : record));
  return ok({ ...lineage, generations });
}

function apply(lineage: Lineage, event: ProtocolEvent): Result<Lineage, string> {
  const final = lineage.status === 'converged' || lineage.status === 'exhausted';
  switch (event.type) {
    case 'seed-created': {
      if (lineage.generations.length > 0) return err('the lineage already has a root seed');
      return validateSeed(event.seed)
        .mapErr((error) => error.message)
        .andThen((seed) =>
          seed.generation === 1
            ? ok({
                ...lineage,
                rootSeedId: seed.id,
                generations: [
                  { generation: 1, seed, parentId: null, wonderQuestions: [], execution: null, evaluation: null },
                ],
              })
            : err(`a root seed must be generation 1, got ${seed.generation}`),
        );
    }
    case 'generation-evolved': {
      if (final) return err(`the lineage is ${lineage.status}`);
      return validateSeed(event.seed)
        .mapErr((error) => error.message)
        .andThen((seed) => {
          // Re-deriving generation n replaces it and everything after it (an idempotent retry).
          const kept = lineage.generations.filter((record) => record.generation < seed.generation);
          const parent = kept.at(-1);
          if (seed.parentId !== event.parentId) return err("the seed does not name the event's parent");
          if (parent?.seed.id !== event.parentId) {
            return err(`parent ${event.parentId} is not generation ${seed.generation - 1}`);
          }
          const record: GenerationRecord = {
            generation: seed.generation,
            seed,
            parentId: parent.seed.id,
            wonderQuestions: event.wonderQuestions,
            execution: null,
            evaluation: null,
          };
          const next: Lineage = { ...lineage, generations: [...kept, record], status: 'active', signal: null };
          return ok(next);
        });
    }
    case 'execution-completed':
      return update(lineage, event.seedId, (record) => ({
        ...record,
        execution: { status: event.status, durationMs: event.durationMs },
      }));
    case 'evaluation-completed':
      if (event.summary.seedId !== event.seedId) return err('the summary evaluates another seed');
      return update(lineage, event.seedId, (record) => ({ ...record, evaluation: event.summary }));
    case 'lineage-converged':
    case 'lineage-stagnated':
    case 'lineage-exhausted': {
      if (lineage.generations.length === 0) return err('the lineage has no seed');
      if (final) return err(`the lineage is already ${lineage.status}`);
      const status =
        event.type === 'lineage-converged'
          ? 'converged'
          : event.type === 'lineage-stagnated'
            ? 'stagnated'
            : 'exhausted';
      return ok({ ...lineage, status, signal: event.signal });
    }
    case 'session-started':
    case 'interview-question-asked':
    case 'interview-answer-recorded':
    case 'ambiguity-scored':
    case 'ambiguity-scoring-failed':
    case 'interview-completed':
    case 'execution-started':
    case 'session-interrupted':
    case 'session-resumed':
      return ok(lineage);
  }
}

/**
 * Applies one event to a lineage (a pure reducer). Seeds are re-validated and deep-frozen; an
 * evolved seed must name the previous generation as its parent. Events that do not concern the
 * lineage leave it unchanged.
 */
export function reduceLineage(lineage: Lineage, event: ProtocolEvent): Result<Lineage, InvalidEventError> {
  return apply(lineage, event).mapErr((reason) => invalidEvent(event.type, reason));
}
