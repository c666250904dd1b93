import { createSeed, type Seed } from '@oxios/ouroboros';

/** A valid seed for tests: generation `generation`, child of `parentId`. */
export function testSeed(
  id: string,
  generation = 1,
  parentId: string | null = null,
  at = '2026-01-01T00:00:00.000Z',
): Seed {
  return createSeed(
    {
      goal: 'Write hello.txt containing "hello"',
      taskType: 'code',
      brownfield: false,
      constraints: ['only touch the workspace'],
      acceptanceCriteria: [
        {
          description: 'hello.txt says hello',
          verify: ['cat', 'hello.txt'],
          expectedArtifacts: ['hello.txt'],
          outputAssertion: 'hello',
        },
      ],
      ontology: {
        name: 'Greeting',
        description: 'a greeting file',
        fields: [{ name: 'text', type: 'string', description: 'the greeting', required: true }],
      },
      evaluationPrinciples: [{ name: 'correctness', description: 'the file says hello', weight: 1 }],
      exitConditions: [{ name: 'done', description: 'the file exists', criteria: 'hello.txt exists' }],
    },
    { id, createdAt: at, generation, parentId, gate: { ambiguity: 0.1, threshold: 0.2, forced: false, reason: null } },
  )._unsafeUnwrap();
}
