// Test-only helpers: a real store in a temp OXIOS_HOME and an access manager over it.
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../config/parse-config.js';
import type { AccessSection } from '../config/sections/access.js';
import { createEventBus, type EventBus } from '../events/event-bus.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { AccessEvent } from './access-events.js';
import { createAccessManager, type AccessManager, type AccessManagerOptions } from './access-manager.js';

/** A temp directory tree with a store and an access manager; `dispose` removes everything. */
export interface AccessFixture {
  /** Real path of the temp root. */
  readonly root: string;
  /** OXIOS_HOME of the store. */
  readonly storeHome: string;
  store: Store;
  access: AccessManager;
  readonly events: EventBus<AccessEvent>;
  /** Closes the manager and store, then opens both again on the same files (a restart). */
  restart(): void;
  dispose(): void;
}

/** Options for {@link createAccessFixture}. */
export interface AccessFixtureOptions {
  /** Overrides of `[access]`. */
  readonly access?: Partial<AccessSection>;
  /** The OXIOS_HOME the path policy protects, given the temp root; default `<root>/state`. */
  readonly home?: (root: string) => string;
  readonly now?: () => number;
  readonly policies?: AccessManagerOptions['policies'];
}

/** Builds an access fixture in a fresh temp directory. */
export function createAccessFixture(options: AccessFixtureOptions = {}): AccessFixture {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'oxios-access-')));
  const storeHome = join(root, 'store-home');
  const home = options.home?.(root) ?? join(root, 'state');
  mkdirSync(home, { recursive: true });
  const defaults = parseConfig('', 'test')._unsafeUnwrap();
  const config = { home, access: { ...defaults.access, ...options.access } };
  const events = createEventBus<AccessEvent>({ history: 0 });
  const open = (): { store: Store; access: AccessManager } => {
    const store = openStore({ home: storeHome })._unsafeUnwrap();
    const managerOptions: AccessManagerOptions = {
      store,
      config,
      events,
      ...(options.now ? { now: options.now } : {}),
      ...(options.policies ? { policies: options.policies } : {}),
    };
    return { store, access: createAccessManager(managerOptions)._unsafeUnwrap() };
  };
  const fixture: AccessFixture = {
    root,
    storeHome,
    events,
    ...open(),
    restart() {
      fixture.access.close();
      fixture.store.close();
      Object.assign(fixture, open());
    },
    dispose() {
      fixture.access.close();
      fixture.store.close();
      events.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
  return fixture;
}
