import { describe, expect, it } from 'vitest';
import { createCircuitBreaker, type CircuitState } from './circuit-breaker.js';

function breaker(threshold = 2, cooldownMs = 1_000) {
  let now = 0;
  const changes: [string, CircuitState][] = [];
  const circuit = createCircuitBreaker({
    threshold,
    cooldownMs,
    now: () => now,
    onChange: (key, state) => changes.push([key, state]),
  });
  return { circuit, changes, advance: (ms: number) => (now += ms) };
}

describe('createCircuitBreaker', () => {
  it('stays closed below the threshold and resets the count on success', () => {
    const { circuit } = breaker(2);
    circuit.failure('a');
    circuit.success('a');
    circuit.failure('a');
    expect(circuit.state('a')).toBe('closed');
    expect(circuit.admit('a')).toEqual({ allowed: true, probe: false });
  });

  it('opens at the threshold and refuses with the time left', () => {
    const { circuit, advance } = breaker(2, 1_000);
    circuit.failure('a');
    circuit.failure('a');
    advance(400);
    expect(circuit.admit('a')).toEqual({ allowed: false, retryAfterMs: 600 });
    expect(circuit.admit('b')).toEqual({ allowed: true, probe: false });
  });

  it('lets one trial through after the cooldown; its success closes the circuit', () => {
    const { circuit, changes, advance } = breaker(1, 1_000);
    circuit.failure('a');
    advance(1_000);
    expect(circuit.admit('a')).toEqual({ allowed: true, probe: true });
    expect(circuit.admit('a').allowed).toBe(false);
    circuit.success('a');
    expect(changes).toEqual([
      ['a', 'open'],
      ['a', 'half-open'],
      ['a', 'closed'],
    ]);
  });

  it('reopens when the trial fails and frees the trial slot on release', () => {
    const { circuit, advance } = breaker(3, 1_000);
    for (let index = 0; index < 3; index += 1) circuit.failure('a');
    advance(1_000);
    circuit.admit('a');
    circuit.release('a');
    expect(circuit.admit('a')).toEqual({ allowed: true, probe: true });
    circuit.failure('a');
    expect(circuit.state('a')).toBe('open');
    expect(circuit.admit('a')).toEqual({ allowed: false, retryAfterMs: 1_000 });
  });
});
