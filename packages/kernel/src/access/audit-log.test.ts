import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { createAuditLog, type AuditLog } from './audit-log.js';
import { createAccessFixture } from './test-setup.js';

describe('createAuditLog', () => {
  let home: TempHome;
  let store: Store;
  let audit: AuditLog;
  let clock: number;
  beforeEach(async () => {
    home = await createTempHome();
    store = openStore({ home: home.path })._unsafeUnwrap();
    clock = 1000;
    audit = createAuditLog(store, () => clock);
  });
  afterEach(async () => {
    store.close();
    await home.remove();
  });

  const fill = (count: number) => {
    for (let index = 0; index < count; index += 1) {
      clock += 10;
      audit
        .append({
          subject: index % 2 === 0 ? 'user:ada' : 'agent:a1',
          action: index % 3 === 0 ? 'use-tool' : 'path-read',
          resource: `r${index}`,
          allowed: index % 4 !== 0,
          rule: 'test',
        })
        ._unsafeUnwrap();
    }
  };

  it('filters by subject, action, outcome and time range, newest first', () => {
    fill(24);
    const denied = audit.query({ subject: 'user:ada', allowed: false })._unsafeUnwrap().items;
    expect(denied.map((entry) => entry.resource)).toEqual(['r20', 'r16', 'r12', 'r8', 'r4', 'r0']);
    const tools = audit.query({ action: 'use-tool', since: 1050, until: 1150 })._unsafeUnwrap().items;
    expect(tools.map((entry) => entry.resource)).toEqual(['r12', 'r9', 'r6']);
  });

  it('pages with an opaque cursor without gaps or repeats', () => {
    fill(25);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = audit.query({ limit: 7, ...(cursor === undefined ? {} : { cursor }) })._unsafeUnwrap();
      seen.push(...page.items.map((entry) => entry.resource));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, index) => `r${24 - index}`));
    expect(audit.query({ cursor: 'nonsense' })._unsafeUnwrapErr().code).toBe('invalid-argument');
  });

  it('is append-only: an entry cannot be changed', () => {
    fill(1);
    expect(() => {
      store.database.exec("UPDATE audit_entries SET allowed = 1 WHERE resource = 'r0'");
    }).toThrow(/append-only/);
  });

  it('escapes control characters and cuts hostile lengths', () => {
    audit
      .append({ subject: 'user:ada', action: 'path-read', resource: `a\nb\u202e${'x'.repeat(5000)}`, allowed: false })
      .isOk();
    const [entry] = audit.query()._unsafeUnwrap().items;
    expect(entry?.resource.startsWith('a\\u000ab\\u202ex')).toBe(true);
    expect(entry?.resource.length).toBeLessThan(1100);
  });

  it('applies the retention cap by deleting the oldest in batches', async () => {
    fill(250);
    const deleted = await audit.applyRetention(100, { batchSize: 40 });
    expect(deleted._unsafeUnwrap()).toBe(150);
    const newest = audit.query({ limit: 500 })._unsafeUnwrap().items;
    expect(newest).toHaveLength(100);
    expect(newest.at(-1)?.resource).toBe('r150');
    expect((await audit.applyRetention(0))._unsafeUnwrap()).toBe(0);
  });

  it('stops retention when aborted', async () => {
    fill(50);
    const controller = new AbortController();
    controller.abort();
    expect((await audit.applyRetention(10, { signal: controller.signal }))._unsafeUnwrapErr().code).toBe('aborted');
  });
});

describe('audit retention in the background', () => {
  it('is applied by the sweep the manager starts', async () => {
    const fixture = createAccessFixture({ access: { audit_retention: 10 } });
    for (let index = 0; index < 30; index += 1) fixture.access.checkTool('user:ada', 'read');
    fixture.access.start();
    await expect.poll(() => fixture.access.audit.query({ limit: 100 })._unsafeUnwrap().items.length).toBe(10);
    fixture.dispose();
  });
});
