import type { EvaluationSummary } from '../evaluation/evaluation-result.js';

/** An evaluation as prompt text: one line per criterion with its verdict, score and reasoning. */
export function renderEvaluation(summary: EvaluationSummary): string {
  const lines = summary.criteria.map((criterion) => {
    const semantic = criterion.stages.find((stage) => stage.stage === 'semantic');
    const score = criterion.score === null ? '' : ` score ${criterion.score}`;
    const why = semantic === undefined ? '' : ` — ${semantic.judgement.reasoning}`;
    return `[${criterion.criterionKey}] ${criterion.verdict}${score} (decided by ${criterion.decidedBy ?? 'nothing'})${why}`;
  });
  const overall = `Overall: ${summary.approved ? 'approved' : 'rejected'}, score ${summary.score ?? 'n/a'}`;
  return [overall, ...lines].join('\n');
}
