import { describe, expect, it } from 'vitest';
import { GENERATION_CAPS } from '../protocol/protocol-config.js';
import { checkGenerationCap } from './check-generation-cap.js';

describe('checkGenerationCap', () => {
  it('allows generation 30 and refuses 31 in the evolution loop', () => {
    expect(checkGenerationCap(30, GENERATION_CAPS.loop).isOk()).toBe(true);
    expect(checkGenerationCap(31, GENERATION_CAPS.loop)._unsafeUnwrapErr()).toEqual({
      code: 'generation-cap',
      generation: 31,
      cap: 30,
      message: 'generation 31 exceeds the cap of 30',
    });
  });

  it('caps the Ralph loop at 10 and auto-evolve at 3', () => {
    expect(GENERATION_CAPS).toEqual({ loop: 30, ralph: 10, autoEvolve: 3 });
    expect(checkGenerationCap(10, GENERATION_CAPS.ralph).isOk()).toBe(true);
    expect(checkGenerationCap(11, GENERATION_CAPS.ralph).isErr()).toBe(true);
    expect(checkGenerationCap(3, GENERATION_CAPS.autoEvolve).isOk()).toBe(true);
    expect(checkGenerationCap(4, GENERATION_CAPS.autoEvolve).isErr()).toBe(true);
  });
});
