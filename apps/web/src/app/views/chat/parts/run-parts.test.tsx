import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Composer } from '../composer.js';
import { stepperPhase } from '../conversation.js';
import { AmbiguityMeter } from './ambiguity-meter.js';
import { EvaluationPanel } from './evaluation-panel.js';
import { ToolCallList } from './tool-call-list.js';

describe('the run parts of the chat', () => {
  it('writes the ambiguity out next to its meter, with the threshold', () => {
    const html = render(<AmbiguityMeter value={0.7} />);
    expect(html).toContain('<strong>0.70</strong>');
    expect(html).toContain('aria-label="Ambiguity 0.70 of 1"');
    expect(html).toContain('Oxios starts work at ≤ 0.20');
    expect(render(<AmbiguityMeter value={null} />)).toContain('not scored yet');
  });

  it('offers force with a reason only where allowed', () => {
    expect(render(<Composer mode={{ kind: 'ready' }} onSend={() => undefined} />)).not.toContain('force');
    const html = render(
      <Composer id="answer" label="Your answer" mode={{ kind: 'ready' }} allowForce onSend={() => undefined} />,
    );
    expect(html).toContain('for="answer-text"');
    expect(html).toContain('Start work now, although the request may still be ambiguous (force)');
  });

  it('shows each tool call with its outcome and duration, failures marked', () => {
    const html = render(
      <ToolCallList
        calls={[
          { id: 't1', tool: 'read', summary: 'read /etc/passwd', durationMs: 3, isError: true, code: 'path-denied' },
          { id: 't2', tool: 'write', summary: 'write hello.txt', durationMs: null, isError: false, code: null },
        ]}
      />,
    );
    expect(html).toContain('Tool calls (2, 1 failed)');
    expect(html).toContain('failed: path-denied');
    expect(html).toContain('3 ms');
    expect(html).toContain('still running');
  });

  it('shows each criterion with its verify command and output', () => {
    const html = render(
      <EvaluationPanel
        generation={1}
        summary={{ seedId: 's', generation: 1, approved: true, score: 0.92, criteria: [] }}
        rows={[
          {
            key: 'ac_1',
            description: 'hello.txt says hello',
            verify: ['cat', 'hello.txt'],
            verdict: 'pass',
            score: 0.92,
            decidedBy: 'semantic',
            unverified: false,
            failures: [],
            output: 'hello\n',
          },
        ]}
      />,
    );
    expect(html).toContain('Evaluation · generation 1');
    expect(html).toContain('>passed<');
    expect(html).toContain('<code>cat hello.txt</code>');
    expect(html).toContain('<pre>hello\n</pre>');
  });

  it('marks every phase done once the session completed', () => {
    expect(stepperPhase('evolve', 'completed', undefined)).toBe('done');
    expect(stepperPhase('evolve', 'active', 'converged')).toBe('done');
    expect(stepperPhase('execute', 'active', undefined)).toBe('execute');
  });
});
