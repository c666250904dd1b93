/** Ambiguity at or below which Oxios starts work on its own (the seed gate). */
export const AMBIGUITY_THRESHOLD = 0.2;

/**
 * An ambiguity score (0 = perfectly clear, 1 = unknown) as a number and a meter, with the
 * threshold it is measured against. The number is always written out; the bar only adds to it.
 */
export function AmbiguityMeter({
  value,
  threshold = AMBIGUITY_THRESHOLD,
}: {
  readonly value: number | null;
  readonly threshold?: number;
}) {
  if (value === null)
    return (
      <p class="ambiguity" data-testid="ambiguity">
        Ambiguity: not scored yet <span class="muted">(Oxios starts work at ≤ {threshold.toFixed(2)})</span>
      </p>
    );
  const ready = value <= threshold;
  return (
    <p class="ambiguity" data-testid="ambiguity">
      <span>
        Ambiguity <strong>{value.toFixed(2)}</strong>
      </span>{' '}
      <meter
        min={0}
        max={1}
        low={threshold}
        high={0.6}
        optimum={0}
        value={value}
        aria-label={`Ambiguity ${value.toFixed(2)} of 1`}
      />{' '}
      <span class="muted">{ready ? 'clear enough to start' : `Oxios starts work at ≤ ${threshold.toFixed(2)}`}</span>
    </p>
  );
}
