import type { SemanticJudgement } from '../evaluation/evaluation-result.js';
import type { AcceptanceCriterion, Seed } from '../seed/seed.js';
import { renderCriterion, renderSeed } from './render-seed.js';

/** The user message for judges and voters: the seed, the criterion under review and the artifact. */
export function evidenceMessage(
  seed: Seed,
  criterion: AcceptanceCriterion,
  artifact: string,
  limit: number,
  judgement?: SemanticJudgement,
): string {
  const shown =
    artifact.length > limit
      ? `${artifact.slice(0, limit)}\n[… ${artifact.length - limit} more characters not shown]`
      : artifact;
  return [
    'Spec:',
    renderSeed(seed, false),
    '',
    'Criterion under review (with its success contract):',
    renderCriterion(criterion, true),
    ...(judgement === undefined ? [] : ['', 'First evaluation:', JSON.stringify(judgement)]),
    '',
    'Artifact:',
    shown,
  ].join('\n');
}
