/** The Wonder step's system prompt ("what do we still not know?"). */
export function wonderPrompt(): string {
  return [
    'A spec (seed) was executed and evaluated. Ask what we still do not know.',
    'Every question must be grounded: kind "challenge" questions specific criteria (give their keys),',
    'kind "gap" names something no criterion covers (no keys). Anything else is a mood, not a question.',
    'Ask only about what the goal and constraints require. Reopen a passing criterion only with concrete evidence.',
    'List tensions in the ontology, say whether evolution should continue, and reason briefly.',
    'Reply with one JSON object and nothing else.',
  ].join('\n');
}
