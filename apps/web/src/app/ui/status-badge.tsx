/** The colour family of a status word. */
export type Tone = 'good' | 'bad' | 'warn' | 'busy' | 'neutral';

const TONES: Record<string, Tone> = {
  running: 'busy',
  starting: 'busy',
  active: 'busy',
  pending: 'warn',
  queued: 'warn',
  parked: 'warn',
  interrupted: 'warn',
  expired: 'neutral',
  idle: 'good',
  completed: 'good',
  approved: 'good',
  allowed: 'good',
  ok: 'good',
  open: 'good',
  stopped: 'neutral',
  cancelled: 'neutral',
  revoked: 'bad',
  rejected: 'bad',
  failed: 'bad',
  denied: 'bad',
  pass: 'good',
  passed: 'good',
  converged: 'good',
  fail: 'bad',
  exhausted: 'bad',
  'budget-exceeded': 'bad',
  unresolved: 'warn',
  unverified: 'warn',
  stagnated: 'warn',
  aborted: 'neutral',
};

/** The tone for a status word (`neutral` when unknown). */
export function toneOf(status: string): Tone {
  return TONES[status] ?? 'neutral';
}

/** A status as a labelled badge: the word is always shown, colour only adds to it. */
export function StatusBadge({ status, label }: { readonly status: string; readonly label?: string }) {
  return <span class={`badge badge-${toneOf(status)}`}>{label ?? status}</span>;
}
