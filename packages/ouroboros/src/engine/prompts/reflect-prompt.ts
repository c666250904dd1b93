/** The Reflect step's system prompt ("how should the spec evolve?"). */
export function reflectPrompt(): string {
  return [
    'Evolve a spec (seed) after its evaluation and the open questions about it.',
    'The goal and constraints are fixed. For each current criterion give one patch:',
    '"keep" (key, criterion null) or "revise" (key and the full new criterion) — revise only failed or',
    'challenged criteria; passed criteria are frozen. Use "add" (key null, full criterion) for a real gap.',
    'There is no remove. Criteria are observable outcomes; verify is an argv array run without a shell.',
    'Mutate the ontology where the questions show a concept is missing, wrong or superfluous:',
    '"add" or "modify" (name and the whole field) or "remove" (name, field null), each with a reason.',
    'Reply with one JSON object and nothing else.',
  ].join('\n');
}
