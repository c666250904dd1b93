import type { AuditEntry } from '@oxios/sdk-client';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { AuditTable } from './audit-table.js';

const entry = (id: number, allowed: boolean): AuditEntry => ({
  id,
  at: '2026-01-02T03:04:05.000Z',
  subject: 'user:ann',
  action: 'manage-approvals',
  resource: '*',
  allowed,
  rule: allowed ? 'role:admin' : 'not-allowed:role:user',
  reason: allowed ? null : 'the user role may not manage-approvals',
  requestId: null,
  sessionId: null,
  agentId: null,
});

describe('AuditTable', () => {
  it('highlights denials with a row class and the word, not colour alone', () => {
    const html = render(<AuditTable entries={[entry(1, true), entry(2, false)]} />);
    const rows = html.split('<tr').slice(2);
    expect(rows[0]).not.toContain('row-denied');
    expect(rows[0]).toContain('>allowed<');
    expect(rows[1]).toContain('class="row-denied"');
    expect(rows[1]).toContain('>denied<');
    expect(rows[1]).toContain('not-allowed:role:user — the user role may not manage-approvals');
  });
});
