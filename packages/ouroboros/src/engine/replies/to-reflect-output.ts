import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import type { CriterionPatch, OntologyMutation, ReflectOutput } from '../../evolution/evolution-types.js';
import { argvProblems } from './argv-problems.js';
import { toCriterionDraft } from './criterion-reply.js';
import type { ReflectReplySchema } from './reflect-reply.js';

type Reply = z.output<typeof ReflectReplySchema>;

function toPatch(patch: Reply['patches'][number], path: string): Result<CriterionPatch, string[]> {
  const problems = argvProblems(patch.criterion?.verify ?? null, `${path}.criterion`);
  if (problems.length > 0) return err(problems);
  if (patch.action === 'add') {
    if (patch.key !== null || patch.criterion === null) return err([`${path}: add needs key null and a criterion`]);
    return ok({ action: 'add', criterion: toCriterionDraft(patch.criterion) });
  }
  if (patch.key === null) return err([`${path}.key: ${patch.action} needs the criterion key`]);
  if (patch.action === 'keep') {
    return patch.criterion === null
      ? ok({ action: 'keep', key: patch.key })
      : err([`${path}.criterion: keep takes null`]);
  }
  if (patch.criterion === null) return err([`${path}.criterion: revise needs the full new criterion`]);
  return ok({ action: 'revise', key: patch.key, criterion: toCriterionDraft(patch.criterion) });
}

function toMutation(mutation: Reply['mutations'][number], path: string): Result<OntologyMutation, string[]> {
  const { action, name, field, reason } = mutation;
  if (action === 'remove')
    return field === null ? ok({ action, name, reason }) : err([`${path}.field: remove takes null`]);
  if (field?.name !== name) return err([`${path}.field: ${action} needs the whole field, named "${name}"`]);
  return ok({ action, field, reason });
}

/** Turns Reflect's flat reply into typed patches and mutations, or the problems found. */
export function toReflectOutput(reply: Reply): Result<ReflectOutput, string[]> {
  const patches = reply.patches.map((patch, i) => toPatch(patch, `patches.${i}`));
  const mutations = reply.mutations.map((mutation, i) => toMutation(mutation, `mutations.${i}`));
  const problems = [...patches, ...mutations].flatMap((result) => (result.isErr() ? result.error : []));
  if (problems.length > 0) return err(problems);
  return ok({
    patches: patches.flatMap((result) => (result.isOk() ? [result.value] : [])),
    mutations: mutations.flatMap((result) => (result.isOk() ? [result.value] : [])),
    reasoning: reply.reasoning,
  });
}
