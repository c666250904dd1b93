import { createTempHome, type TempHome } from '@oxios/testkit';
import { MemorySectionSchema, type MemorySection } from '../config/sections/memory.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { createMemoryStore } from './create-memory-store.js';
import type { MemoryEvent } from './memory-events.js';
import type { MemoryStore } from './types.js';

/** A memory store on a temp OXIOS_HOME with a settable clock (test helper). */
export interface MemoryFixture extends AsyncDisposable {
  readonly home: TempHome;
  readonly store: Store;
  readonly memory: MemoryStore;
  readonly events: MemoryEvent[];
  /** The store's clock, in epoch milliseconds; assign to move time. */
  clock: number;
}

/** Creates a {@link MemoryFixture}; `config` overrides `[memory]` settings. */
export async function createMemoryFixture(config: Partial<MemorySection> = {}): Promise<MemoryFixture> {
  const home = await createTempHome();
  const store = openStore({ home: home.path })._unsafeUnwrap();
  const events: MemoryEvent[] = [];
  const fixture: MemoryFixture = {
    home,
    store,
    events,
    clock: Date.parse('2030-01-01T00:00:00Z'),
    memory: undefined as unknown as MemoryStore,
    async [Symbol.asyncDispose]() {
      store.close();
      await home.remove();
    },
  };
  const memory = createMemoryStore({
    home: home.path,
    store,
    config: { ...MemorySectionSchema.parse({}), ...config },
    bus: { publish: (event) => events.push(event) },
    now: () => fixture.clock,
  })._unsafeUnwrap();
  return Object.assign(fixture, { memory });
}
