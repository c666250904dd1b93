import { z } from 'zod';

// The parts of the kernel's live events the chat draws. Events come from the server, so they are
// read through these schemas (unknown fields are ignored, a malformed event is skipped).

const Count = z.number();

/** An acceptance criterion as a seed carries it. */
export const SeedCriterionSchema = z.object({
  key: z.string(),
  description: z.string(),
  verify: z.array(z.string()).optional(),
});

/** The fields of a seed the chat shows. */
export const SeedSummarySchema = z.object({
  id: z.string(),
  goal: z.string(),
  generation: Count,
  parentId: z.string().nullable(),
  acceptanceCriteria: z.array(SeedCriterionSchema),
});
export type SeedSummary = z.infer<typeof SeedSummarySchema>;

/** One criterion's verdict in an evaluation summary. */
export const CriterionVerdictSchema = z.object({
  criterionKey: z.string(),
  verdict: z.enum(['pass', 'fail', 'unresolved']),
  decidedBy: z.string().nullable(),
  score: Count.nullable(),
});

/** The evaluation of a seed. */
export const EvaluationSummarySchema = z.object({
  seedId: z.string(),
  generation: Count,
  approved: z.boolean(),
  score: Count.nullable(),
  criteria: z.array(CriterionVerdictSchema),
});
export type EvaluationSummary = z.infer<typeof EvaluationSummarySchema>;

/** The Ouroboros protocol events the chat follows (`protocol-event-recorded`'s `event`). */
export const ProtocolEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session-started'), idea: z.string() }),
  z.object({ type: z.literal('interview-question-asked'), round: Count, question: z.string() }),
  z.object({ type: z.literal('interview-answer-recorded'), round: Count, answer: z.string() }),
  z.object({
    type: z.literal('ambiguity-scored'),
    round: Count,
    score: z.object({ overall: Count, clarity: z.record(z.string(), Count), qualifies: z.boolean() }),
  }),
  z.object({ type: z.literal('ambiguity-scoring-failed'), round: Count }),
  z.object({
    type: z.literal('interview-completed'),
    gate: z.object({
      ambiguity: Count.nullable(),
      threshold: Count,
      forced: z.boolean(),
      reason: z.string().nullable(),
    }),
  }),
  z.object({ type: z.literal('seed-created'), seed: SeedSummarySchema }),
  z.object({ type: z.literal('generation-evolved'), seed: SeedSummarySchema }),
  z.object({ type: z.literal('execution-started'), seedId: z.string() }),
  z.object({
    type: z.literal('execution-completed'),
    seedId: z.string(),
    status: z.string(),
    durationMs: Count,
  }),
  z.object({ type: z.literal('evaluation-completed'), seedId: z.string(), summary: EvaluationSummarySchema }),
  z.object({ type: z.literal('lineage-converged'), signal: z.object({ reason: z.string() }) }),
  z.object({ type: z.literal('lineage-stagnated'), signal: z.object({ reason: z.string() }) }),
  z.object({ type: z.literal('lineage-exhausted'), signal: z.object({ reason: z.string() }) }),
  z.object({ type: z.literal('session-interrupted'), reason: z.string() }),
  z.object({ type: z.literal('session-resumed') }),
]);
export type ProtocolEvent = z.infer<typeof ProtocolEventSchema>;

const RunIds = { runId: z.string(), agentId: z.string() };

/** The agent-run, LLM-usage and phase events the chat follows (top-level kernel events). */
export const RunEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session-phase-changed'), phase: z.string(), status: z.string() }),
  z.object({ type: z.literal('protocol-event-recorded'), seq: Count, event: z.unknown() }),
  z.object({ type: z.literal('agent-run-started'), ...RunIds, provider: z.string(), model: z.string() }),
  z.object({
    type: z.literal('agent-run-ended'),
    ...RunIds,
    status: z.string(),
    code: z.string().nullable(),
    turns: Count,
    toolCalls: Count,
    totalTokens: Count,
    costUsd: Count,
    durationMs: Count,
  }),
  z.object({ type: z.literal('agent-turn-started'), ...RunIds, turn: Count }),
  z.object({ type: z.literal('agent-text-streamed'), ...RunIds, turn: Count, delta: z.string() }),
  z.object({
    type: z.literal('tool-call-started'),
    ...RunIds,
    toolCallId: z.string(),
    tool: z.string(),
    summary: z.string(),
  }),
  z.object({
    type: z.literal('tool-call-ended'),
    ...RunIds,
    toolCallId: z.string(),
    tool: z.string(),
    durationMs: Count,
    isError: z.boolean(),
    code: z.string().nullable(),
  }),
  z.object({
    type: z.literal('llm-usage-recorded'),
    provider: z.string(),
    model: z.string(),
    inputTokens: Count,
    outputTokens: Count,
    cacheReadTokens: Count,
    cacheWriteTokens: Count,
    costUsd: Count,
  }),
]);
export type RunEvent = z.infer<typeof RunEventSchema>;
