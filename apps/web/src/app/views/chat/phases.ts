/** The Ouroboros loop's phases, in order. */
export const PHASES = ['interview', 'seed', 'execute', 'evaluate', 'evolve'] as const;

/** One of {@link PHASES}. */
export type Phase = (typeof PHASES)[number];

/** How a step of the stepper is drawn. */
export type StepState = 'done' | 'current' | 'upcoming';

/** One step of the phase stepper. */
export interface PhaseStep {
  readonly phase: Phase;
  readonly label: string;
  readonly state: StepState;
}

const LABELS: Record<Phase, string> = {
  interview: 'Interview',
  seed: 'Seed',
  execute: 'Execute',
  evaluate: 'Evaluate',
  evolve: 'Evolve',
};

/**
 * The stepper for a session in `phase`: steps before it are done, it is current, the rest are
 * upcoming. `done` marks every step done; an unknown phase marks none.
 */
export function phaseSteps(phase: string): PhaseStep[] {
  const index = phase === 'done' ? PHASES.length : PHASES.indexOf(phase as Phase);
  return PHASES.map((step, position) => ({
    phase: step,
    label: LABELS[step],
    state: index === -1 ? 'upcoming' : position < index ? 'done' : position === index ? 'current' : 'upcoming',
  }));
}

/** The phase a live event announces for `sessionId`, if it names one (`phase` field). */
export function phaseFromEvent(fields: Readonly<Record<string, unknown>>, sessionId: string): string | undefined {
  return fields.sessionId === sessionId && typeof fields.phase === 'string' ? fields.phase : undefined;
}
