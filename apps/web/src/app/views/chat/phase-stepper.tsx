import { phaseSteps } from './phases.js';

const MARKS = { done: '✓', current: '●', upcoming: '○' } as const;
const SPOKEN = { done: 'done', current: 'current', upcoming: 'not started' } as const;

/** The Ouroboros phases of a session as an ordered list; the current one is `aria-current="step"`. */
export function PhaseStepper({ phase }: { readonly phase: string }) {
  return (
    <ol class="stepper" aria-label="Ouroboros phase">
      {phaseSteps(phase).map((step) => (
        <li
          key={step.phase}
          class={`step step-${step.state}`}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span class="step-mark" aria-hidden="true">
            {MARKS[step.state]}
          </span>
          <span class="step-label">{step.label}</span>
          <span class="visually-hidden"> ({SPOKEN[step.state]})</span>
        </li>
      ))}
    </ol>
  );
}
