import type { AuditQuery } from '@oxios/sdk-client';

/** The audit filter form as typed (all strings; empty means "any"). */
export interface AuditFilterForm {
  readonly subject: string;
  readonly action: string;
  /** `''`, `allowed` or `denied`. */
  readonly outcome: string;
  /** `datetime-local` values (local time, no zone). */
  readonly since: string;
  readonly until: string;
}

/** An empty form: every entry. */
export const NO_FILTERS: AuditFilterForm = { subject: '', action: '', outcome: '', since: '', until: '' };

const toIso = (local: string): string | undefined => {
  if (local === '') return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

/** The `GET /api/audit` query for a filled-in form, one page of `limit` entries from `cursor`. */
export function auditQuery(form: AuditFilterForm, limit: number, cursor?: string): AuditQuery {
  const since = toIso(form.since);
  const until = toIso(form.until);
  return {
    limit,
    ...(cursor === undefined ? {} : { cursor }),
    ...(form.subject.trim() === '' ? {} : { subject: form.subject.trim() }),
    ...(form.action.trim() === '' ? {} : { action: form.action.trim() }),
    ...(form.outcome === 'allowed' ? { allowed: 'true' } : form.outcome === 'denied' ? { allowed: 'false' } : {}),
    ...(since === undefined ? {} : { since }),
    ...(until === undefined ? {} : { until }),
  };
}
