/** The clarity judge's system prompt. */
export function clarityPrompt(brownfield: boolean): string {
  return [
    'You judge how clear a request is after an interview. Read the request and every answer, and',
    'score each dimension from 0 (unclear) to 1 (perfectly clear), with a one-sentence justification:',
    '- goal: is the goal specific and well-defined?',
    '- constraints: are constraints and limitations specified?',
    '- successCriteria: are success criteria measurable?',
    ...(brownfield
      ? ['- context: is the existing codebase context clear (what to keep, change, integrate with)?']
      : []),
    'Scores above 0.8 require very specific requirements. Items the person explicitly deferred to',
    'later must not lower a score. Judge only what was said; do not assume answers that were not given.',
    'Reply with one JSON object and nothing else.',
  ].join('\n');
}
