// Valid model replies for each engine operation.
export function seedReply(overrides: Record<string, unknown> = {}) {
  return {
    goal: 'A command-line to-do list that stores tasks in a JSON file',
    taskType: 'code',
    constraints: ['Node.js 22 or later'],
    acceptanceCriteria: [
      {
        description: 'Adding a task prints its id',
        verify: ['node', 'todo.js', 'add', 'x'],
        expectedArtifacts: ['todo.js'],
        outputAssertion: 'added #1',
      },
      {
        description: 'The help text explains every command',
        verify: null,
        expectedArtifacts: [],
        outputAssertion: null,
      },
    ],
    ontology: {
      name: 'Tasks',
      description: 'A to-do list',
      fields: [{ name: 'Task', type: 'entity', description: 'A thing to do', required: true }],
    },
    evaluationPrinciples: [{ name: 'simplicity', description: 'Smallest design', weight: 0.5 }],
    exitConditions: [{ name: 'all-pass', description: 'Every criterion passes', criteria: 'all pass' }],
    ...overrides,
  };
}

export function judgementReply(overrides: Record<string, unknown> = {}) {
  return {
    score: 0.9,
    criterionMet: true,
    goalAlignment: 0.9,
    drift: 0.1,
    uncertainty: 0.1,
    rewardHackingRisk: 0,
    reasoning: 'The output shows the id.',
    evidence: ['added #1'],
    ...overrides,
  };
}

export function voteReply(approved: boolean) {
  return { approved, confidence: 0.8, reasoning: approved ? 'meets it' : 'does not' };
}
