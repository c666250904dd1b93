import { formatTokens, formatUsd } from '../../ui/format-numbers.js';
import type { UsageDay } from './usage-series.js';

/** Colours for models, in order (SVG fill attributes, which the CSP allows; never inline styles). */
export const PALETTE = ['#2f6fdf', '#d9822b', '#2e9d57', '#b4457f', '#7a5cc8', '#8c8c1e', '#1c9aa6', '#9c5b3a'];

/** What the bars measure. */
export type UsageMetric = 'costUsd' | 'totalTokens';

const WIDTH = 640;
const HEIGHT = 200;
const PLOT_TOP = 12;
const PLOT_BOTTOM = 170;

const format = (metric: UsageMetric, value: number) => (metric === 'costUsd' ? formatUsd(value) : formatTokens(value));

/** Daily bars stacked by model; each segment names its day, model and amount for pointer and screen reader. */
export function UsageChart({
  days,
  models,
  metric,
}: {
  readonly days: readonly UsageDay[];
  readonly models: readonly string[];
  readonly metric: UsageMetric;
}) {
  const totals = days.map((day) => day.models.reduce((sum, model) => sum + model[metric], 0));
  const peak = Math.max(...totals, 0);
  const slot = WIDTH / Math.max(days.length, 1);
  const barWidth = Math.max(2, slot * 0.7);
  const scale = (value: number) => (peak === 0 ? 0 : (value / peak) * (PLOT_BOTTOM - PLOT_TOP));
  const label = `${metric === 'costUsd' ? 'Cost' : 'Tokens'} per day over ${days.length} days, peak ${format(metric, peak)}`;
  return (
    <figure class="graph-wrap">
      <svg class="usage-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        <line class="graph-axis" x1={0} x2={WIDTH} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} stroke="currentColor" />
        {days.map((day, index) => {
          let y = PLOT_BOTTOM;
          const x = index * slot + (slot - barWidth) / 2;
          return (
            <g key={day.day}>
              {day.models.map((model) => {
                const height = scale(model[metric]);
                y -= height;
                const colour = PALETTE[models.indexOf(model.key) % PALETTE.length];
                return (
                  <rect key={model.key} class="usage-bar" x={x} y={y} width={barWidth} height={height} fill={colour}>
                    <title>{`${day.day.slice(0, 10)} · ${model.key}: ${format(metric, model[metric])}`}</title>
                  </rect>
                );
              })}
              {(index % Math.ceil(days.length / 7) === 0 || index === days.length - 1) && (
                <text x={x + barWidth / 2} y={HEIGHT - 12} text-anchor="middle" font-size="11" fill="currentColor">
                  {day.day.slice(5, 10)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend" aria-label="Models">
          {models.map((model, index) => (
            <li key={model}>
              <svg class="legend-swatch" viewBox="0 0 10 10" aria-hidden="true">
                <rect width={10} height={10} fill={PALETTE[index % PALETTE.length]} />
              </svg>
              {model}
            </li>
          ))}
        </ul>
        <span class="muted">{label}.</span>
      </figcaption>
    </figure>
  );
}
