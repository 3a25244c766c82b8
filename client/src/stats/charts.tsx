import styles from './stats.module.css';
// Small SVG bar charts: enough for counts by month, district, rule and municipality, readable
// without colour (every bar has its value as text and a title for screen readers). A suppressed
// count (null: 1 to below-1) is never drawn to its size: it is a hatched band over the whole range
// it may lie in, stacked above the exact counts, labelled "<5".

export interface Series {
  key: string;
  label: string;
  colour: string;
}

export interface Group {
  label: string;
  /** null: a suppressed count */
  values: Record<string, number | null>;
}

export interface Segment {
  key: string;
  from: number;
  to: number;
  suppressed: boolean;
}

/**
 * The segments of one column: the exact counts from 0 up, then each suppressed count as a band
 * of below - 1 (the most it may be), and the label above it ("12", "<5", "12 + <5").
 */
export function columnSegments(
  values: Record<string, number | null>,
  keys: string[],
  below: number,
): { segments: Segment[]; top: number; label: string } {
  const segments: Segment[] = [];
  let base = 0;
  for (const key of keys) {
    const v = values[key] ?? 0;
    if (v === null || v === 0) continue;
    segments.push({ key, from: base, to: base + v, suppressed: false });
    base += v;
  }
  const exact = base;
  const hidden = keys.filter((key) => values[key] === null);
  for (const key of hidden) {
    segments.push({ key, from: base, to: base + below - 1, suppressed: true });
    base += below - 1;
  }
  const label = [...(exact > 0 ? [String(exact)] : []), ...hidden.map(() => `<${below}`)].join(' + ');
  return { segments, top: base, label };
}

const AXIS = '#52606d';

/** A scale maximum whose half is a whole number too (the axis shows 0, half and max). */
export function niceMax(value: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [2, 4, 10]) if (value <= step * magnitude) return step * magnitude;
  }
}

/**
 * Vertical bars per group (e.g. a month); series in `stack` are stacked into one bar (e.g.
 * reports to the own district and elsewhere), the others stand beside it.
 */
export function ColumnChart({
  groups,
  series,
  stack = [],
  title,
  suppressedBelow,
  suppressedLabel,
}: {
  groups: Group[];
  series: Series[];
  stack?: string[];
  title: string;
  suppressedBelow: number;
  /** the legend's words for the hatched band */
  suppressedLabel: string;
}) {
  const columns: Series[][] = [];
  const stacked = series.filter((s) => stack.includes(s.key));
  for (const s of series) {
    if (stack.includes(s.key)) {
      if (s.key === stacked[0]?.key) columns.push(stacked);
    } else columns.push([s]);
  }
  const colour = new Map(series.map((s) => [s.key, s]));
  const cells = groups.map((g) =>
    columns.map((col) =>
      columnSegments(
        g.values,
        col.map((s) => s.key),
        suppressedBelow,
      ),
    ),
  );
  const totals = cells.flatMap((row) => row.map((c) => c.top));
  const max = niceMax(Math.max(0, ...totals));
  const height = 220;
  const top = 16;
  const left = 36;
  const barWidth = 14;
  const groupWidth = columns.length * (barWidth + 3) + 14;
  const width = left + groups.length * groupWidth + 10;
  const y = (v: number) => top + height - (v / max) * height;
  return (
    <figure className={styles.chart}>
      <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height + top + 42}`} width={width} height={height + top + 42}>
        <title>{title}</title>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={left} x2={width - 4} y1={y(max * f)} y2={y(max * f)} stroke="#e4e7eb" />
            <text x={left - 6} y={y(max * f) + 4} textAnchor="end" fontSize="11" fill={AXIS}>
              {Math.round(max * f)}
            </text>
          </g>
        ))}
        <defs>
          <pattern id="suppressed-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke="#7b8794" strokeWidth="2" />
          </pattern>
        </defs>
        {groups.map((g, gi) => {
          const x0 = left + gi * groupWidth + 7;
          return (
            <g key={g.label}>
              {cells[gi]!.map((cell, ci) =>
                cell.segments.map((seg) => {
                  const s = colour.get(seg.key)!;
                  const value = seg.suppressed ? `<${suppressedBelow}` : String(seg.to - seg.from);
                  return (
                    <rect
                      key={seg.key}
                      x={x0 + ci * (barWidth + 3)}
                      y={y(seg.to)}
                      width={barWidth}
                      height={Math.max(0, y(seg.from) - y(seg.to))}
                      fill={seg.suppressed ? 'url(#suppressed-hatch)' : s.colour}
                      stroke={seg.suppressed ? s.colour : undefined}
                      strokeDasharray={seg.suppressed ? '3 2' : undefined}
                      data-suppressed={seg.suppressed ? 'true' : undefined}
                    >
                      <title>{`${g.label} · ${s.label}: ${value}`}</title>
                    </rect>
                  );
                }),
              )}
              {cells[gi]!.map((cell, ci) =>
                cell.label ? (
                  <text
                    key={ci}
                    x={x0 + ci * (barWidth + 3) + barWidth / 2}
                    y={y(cell.top) - 3}
                    fontSize="10"
                    textAnchor="middle"
                    fill="#1f2933"
                  >
                    {cell.label}
                  </text>
                ) : null,
              )}
              <text x={x0 + (columns.length * (barWidth + 3)) / 2} y={top + height + 16} fontSize="11" textAnchor="middle" fill={AXIS}>
                {g.label}
              </text>
            </g>
          );
        })}
        <line x1={left} x2={width - 4} y1={y(0)} y2={y(0)} stroke={AXIS} />
      </svg>
      <Legend series={series} suppressedLabel={suppressedLabel} />
    </figure>
  );
}

export interface Bar {
  label: string;
  value: number;
  /** text after the bar (defaults to the value) */
  text?: string;
  highlight?: boolean;
}

/** Horizontal bars, one a row: shares, rates. `max` fixes the scale (1 for shares). */
export function BarList({
  bars,
  title,
  max,
  reference,
  format = (v) => String(v),
}: {
  bars: Bar[];
  title: string;
  max?: number;
  reference?: number;
  format?: (v: number) => string;
}) {
  const scale = max ?? (Math.max(0, ...bars.map((b) => b.value), reference ?? 0) * 1.05 || 1);
  const labelWidth = 190;
  const barArea = 380;
  const row = 22;
  const height = bars.length * row + 8;
  const width = labelWidth + barArea + 320;
  const x = (v: number) => labelWidth + (v / scale) * barArea;
  return (
    <figure className={styles.chart}>
      <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        <title>{title}</title>
        {bars.map((b, i) => (
          <g key={b.label} transform={`translate(0, ${i * row + 4})`}>
            <text x={labelWidth - 8} y={14} textAnchor="end" fontSize="12" fill="#1f2933">
              {b.label}
            </text>
            <rect x={labelWidth} y={3} width={Math.max(0, x(b.value) - labelWidth)} height={14} fill={b.highlight ? '#c0392b' : '#1f5fa8'}>
              <title>{`${b.label}: ${b.text ?? format(b.value)}`}</title>
            </rect>
            <text x={x(b.value) + 6} y={14} fontSize="11" fill={b.highlight ? '#a61b1b' : AXIS} fontWeight={b.highlight ? 700 : 400}>
              {b.text ?? format(b.value)}
            </text>
          </g>
        ))}
        {reference !== undefined && reference > 0 && (
          <line x1={x(reference)} x2={x(reference)} y1={0} y2={height} stroke="#52606d" strokeDasharray="4 3" />
        )}
      </svg>
    </figure>
  );
}

function Legend({ series, suppressedLabel }: { series: Series[]; suppressedLabel: string }) {
  return (
    <figcaption className={styles.chartLegend}>
      {series.map((s) => (
        <span key={s.key}>
          <span className={styles.swatch} style={{ background: s.colour }} aria-hidden="true" /> {s.label}
        </span>
      ))}
      <span>
        <span className={`${styles.swatch} ${styles.swatchSuppressed}`} aria-hidden="true" /> {suppressedLabel}
      </span>
    </figcaption>
  );
}
