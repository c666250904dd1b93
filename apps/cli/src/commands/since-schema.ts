import { z } from 'zod';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const DURATION = /^(\d{1,6})([smhdw])$/;

/**
 * `--since`: a duration back from now (`30m`, `2h`, `7d`, `1w`) or a date / date-time Date can
 * read (`2026-05-01`, `2026-05-01T10:00:00Z`). Becomes an RFC 3339 UTC timestamp.
 */
export function sinceSchema(now: () => number = Date.now) {
  return z.string().transform((value, context) => {
    const duration = DURATION.exec(value.trim());
    if (duration) {
      const unit = duration[2] as keyof typeof UNIT_MS;
      return new Date(now() - Number(duration[1]) * UNIT_MS[unit]).toISOString();
    }
    const at = Date.parse(value);
    if (Number.isNaN(at)) {
      context.addIssue({
        code: 'custom',
        message: 'expected a duration such as 30m, 2h, 7d or a date such as 2026-05-01',
      });
      return z.NEVER;
    }
    return new Date(at).toISOString();
  });
}
