import type { EvaluationSummary, MechanicalResult, Seed, SessionState } from '@oxios/ouroboros';
import type { Observations } from './mechanical-observations.js';
import type { CriterionOutcome, OrchestratorReply } from './orchestrator-types.js';

function failureText(result: MechanicalResult['failures'][number]): string {
  switch (result.reason) {
    case 'not-run':
      return 'unverified: its verify command could not run (no sandbox available)';
    case 'exit-code':
      return `verify exited with ${result.exitCode === null ? 'no exit code (timed out or killed)' : String(result.exitCode)}`;
    case 'artifact-missing':
      return `expected file ${result.path} is missing`;
    case 'assertion-missing':
      return `the output does not contain ${JSON.stringify(result.assertion)}`;
  }
}

/** Every criterion with its verdict and, for stage 1, what was observed. */
export function criterionOutcomes(
  seed: Seed,
  summary: EvaluationSummary,
  observations: Observations,
): CriterionOutcome[] {
  return seed.acceptanceCriteria.map((criterion) => {
    const evaluation = summary.criteria.find((entry) => entry.criterionKey === criterion.key);
    const mechanical = evaluation?.stages.find((stage): stage is MechanicalResult => stage.stage === 'mechanical');
    const failures = mechanical?.failures.map(failureText) ?? [];
    const observation = observations[criterion.key];
    return {
      key: criterion.key,
      description: criterion.description,
      verdict: evaluation?.verdict ?? 'unresolved',
      unverified: mechanical?.failures.some((failure) => failure.reason === 'not-run') ?? false,
      failures,
      output: observation && criterion.verify !== undefined ? observation.output.slice(0, 4000) : null,
      score: evaluation?.score ?? null,
    };
  });
}

const OUTCOME_TEXT = {
  passed: 'Done: every acceptance criterion passed.',
  failed: 'Not done: some acceptance criteria failed.',
  stagnated: 'Stopped: the results stopped improving across generations (stagnated).',
  exhausted: 'Stopped: the generation cap was reached without passing.',
} as const;

/** The final reply of a run through the loop. */
export function resultReply(
  state: SessionState,
  outcome: 'passed' | 'failed' | 'stagnated' | 'exhausted',
  criteria: readonly CriterionOutcome[],
  workspace: string,
): OrchestratorReply | undefined {
  const latest = state.lineage.generations.at(-1);
  if (!latest?.evaluation) return undefined;
  const lines = criteria.map((criterion) => {
    const mark = criterion.verdict === 'pass' ? '✓' : criterion.unverified ? '?' : '✗';
    return `${mark} ${criterion.description}${criterion.failures.length > 0 ? ` — ${criterion.failures.join('; ')}` : ''}`;
  });
  const forced =
    state.gate?.forced === true ? '\n(The interview gate was forced open: ambiguity was above the threshold.)' : '';
  return {
    kind: 'result',
    sessionId: state.sessionId,
    outcome,
    seedId: latest.seed.id,
    generation: latest.generation,
    forced: state.gate?.forced === true,
    criteria,
    workspace,
    evaluation: latest.evaluation,
    text: `${OUTCOME_TEXT[outcome]} (generation ${latest.generation})\n${lines.join('\n')}\nArtefacts: ${workspace}${forced}`,
  };
}
