import { describe, expect, it } from 'vitest';
import { auditQuery, NO_FILTERS } from './audit-filters.js';

describe('auditQuery', () => {
  it('asks for everything when the form is empty', () => {
    expect(auditQuery(NO_FILTERS, 50)).toEqual({ limit: 50 });
  });

  it('maps the outcome to allowed=true|false, trims text and converts local times to ISO', () => {
    const since = new Date(2026, 0, 2, 3, 4);
    const query = auditQuery(
      { subject: ' user:ann ', action: 'approval-approve', outcome: 'denied', since: '2026-01-02T03:04', until: '' },
      25,
      'cursor-2',
    );
    expect(query).toEqual({
      limit: 25,
      cursor: 'cursor-2',
      subject: 'user:ann',
      action: 'approval-approve',
      allowed: 'false',
      since: since.toISOString(),
    });
    expect(auditQuery({ ...NO_FILTERS, outcome: 'allowed' }, 10).allowed).toBe('true');
  });
});
