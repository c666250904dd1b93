import { describe, expect, it } from 'vitest';
import { firstConsensusTrigger } from './first-consensus-trigger.js';

const calm = { drift: 0.1, uncertainty: 0.1 };

describe('firstConsensusTrigger', () => {
  it('fires nothing when nothing holds', () => {
    expect(firstConsensusTrigger(calm)).toBeNull();
  });

  it('fires on drift above 0.3, not at 0.3', () => {
    expect(firstConsensusTrigger({ ...calm, drift: 0.3 })).toBeNull();
    expect(firstConsensusTrigger({ ...calm, drift: 0.3001 })).toBe('seed-drift-alert');
  });

  it('fires on uncertainty above 0.3, not at 0.3', () => {
    expect(firstConsensusTrigger({ ...calm, uncertainty: 0.3 })).toBeNull();
    expect(firstConsensusTrigger({ ...calm, uncertainty: 0.3001 })).toBe('semantic-uncertainty');
  });

  it('takes the triggers in priority order', () => {
    const all = {
      manualRequest: true,
      seedModified: true,
      ontologyEvolved: true,
      goalInterpretation: true,
      lateralThinkingAdopted: true,
      drift: 1,
      uncertainty: 1,
    };
    expect(firstConsensusTrigger(all)).toBe('manual-request');
    expect(firstConsensusTrigger({ ...all, manualRequest: false })).toBe('seed-modification');
    expect(firstConsensusTrigger({ ...all, manualRequest: false, seedModified: false })).toBe('ontology-evolution');
    const fourth = { ...all, manualRequest: false, seedModified: false, ontologyEvolved: false };
    expect(firstConsensusTrigger(fourth)).toBe('goal-interpretation');
    const fifth = { ...fourth, goalInterpretation: false };
    expect(firstConsensusTrigger(fifth)).toBe('seed-drift-alert');
    expect(firstConsensusTrigger({ ...fifth, drift: 0 })).toBe('semantic-uncertainty');
    expect(firstConsensusTrigger({ ...fifth, drift: 0, uncertainty: 0 })).toBe('lateral-thinking-adoption');
  });
});
