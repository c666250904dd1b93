import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { PhaseStepper } from './phase-stepper.js';
import { phaseFromEvent, phaseSteps } from './phases.js';

describe('phaseSteps', () => {
  it('marks earlier phases done, the session phase current and later ones upcoming', () => {
    expect(phaseSteps('execute').map((step) => `${step.phase}:${step.state}`)).toEqual([
      'interview:done',
      'seed:done',
      'execute:current',
      'evaluate:upcoming',
      'evolve:upcoming',
    ]);
  });

  it('marks all done for a finished session and none for an unknown phase', () => {
    expect(phaseSteps('done').every((step) => step.state === 'done')).toBe(true);
    expect(phaseSteps('mystery').every((step) => step.state === 'upcoming')).toBe(true);
  });

  it('takes a phase from a live event only for the session it names', () => {
    expect(phaseFromEvent({ sessionId: 's1', phase: 'seed' }, 's1')).toBe('seed');
    expect(phaseFromEvent({ sessionId: 's2', phase: 'seed' }, 's1')).toBeUndefined();
    expect(phaseFromEvent({ sessionId: 's1' }, 's1')).toBeUndefined();
  });
});

describe('PhaseStepper', () => {
  it('renders an ordered list with the current step announced', () => {
    const html = render(<PhaseStepper phase="seed" />);
    expect(html).toContain('<ol class="stepper" aria-label="Ouroboros phase">');
    expect(html).toMatch(/<li class="step step-current" aria-current="step">.*Seed.*\(current\)/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(html).toContain('Interview</span><span class="visually-hidden"> (done)');
  });
});
