import type { AmbiguityScore } from '../../ambiguity/ambiguity-score.js';
import type { Dimension, ProtocolConfig } from '../../protocol/protocol-config.js';

const LABELS: Record<Dimension, string> = {
  goal: 'goal',
  constraints: 'constraints',
  successCriteria: 'success criteria',
  context: 'existing-project context',
};

function snapshot(score: AmbiguityScore): string[] {
  const dimensions = (Object.keys(score.clarity) as Dimension[]).sort(
    (a, b) => (score.clarity[a] ?? 0) - (score.clarity[b] ?? 0),
  );
  const weakest = dimensions.slice(0, 2).map((dimension) => {
    const why = score.justifications[dimension];
    return `- ${LABELS[dimension]}: clarity ${score.clarity[dimension] ?? 0}${why === undefined ? '' : ` (${why})`}`;
  });
  const floors = score.floorFailures.map((dimension) => LABELS[dimension]).join(', ');
  return [
    `Current ambiguity: ${score.overall} (${score.milestone}). Weakest areas:`,
    ...weakest,
    ...(floors === '' ? [] : [`Below their floor: ${floors}.`]),
    'Drill into the weakest area with a concrete, scenario-grounded question.',
  ];
}

/** The interviewer's system prompt for the next question. */
export function questionPrompt(
  round: number,
  brownfield: boolean,
  ambiguity: AmbiguityScore | null,
  config: ProtocolConfig,
): string {
  const closing = ambiguity !== null && ambiguity.overall <= config.ambiguity.closerActivation;
  return [
    'You are a Socratic interviewer. Before any work starts, you make a request clear enough to',
    'write a spec with testable acceptance criteria. Never propose or announce implementation work.',
    `This is round ${round}. The conversation so far is the person's request and their answers, verbatim.`,
    'Target the biggest ambiguity. Ask what the thing IS, whether a problem is a root cause or a',
    'symptom, and what is being assumed. Keep several open threads in view rather than drilling one forever.',
    brownfield
      ? 'This is an existing project: ask about intent and decisions, not about what the code already shows.'
      : 'This is new work.',
    ...(ambiguity === null ? [] : snapshot(ambiguity)),
    closing
      ? 'The request is nearly clear: ask the question that closes the last gap — scope, non-goals, outputs or how success is verified.'
      : '',
    round === 1 ? 'Ask a direct question.' : '',
    'Reply with JSON {"question": "..."} holding exactly one question of one or two sentences, with no preamble.',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
