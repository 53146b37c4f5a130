/**
 * One measure of the 通报 on screen and on paper: the ranked table (排名 / 单位 / 目标任务 / 实际完成 /
 * 完成率 / 差距 / 备注, STYLE.md “Official returns”) and a bar chart of the rates, an inline SVG drawn
 * from the very rows progress() ranked for the 进度通报 sheet: no rate is worked out here.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { MeasureProgress } from '../round/progress';
import { PROGRESS_MSG, ratePercent } from '../round/progressMessages';
import type { RoundWords } from './roundWords';
import { useTableStyles } from './tableStyles';

const count = (v: number | null): string => (v === null ? '' : v.toLocaleString('en-US', { maximumFractionDigits: 2 }));

const useStyles = makeStyles({
  measure: { marginBottom: '20px' },
  heading: {
    margin: '12px 0 6px',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  bodyRow: { '& th': { fontWeight: tokens.fontWeightRegular } },
  sentence: { margin: '6px 0', fontWeight: tokens.fontWeightSemibold },
  chart: {
    display: 'block',
    maxWidth: '720px',
    width: '100%',
    height: 'auto',
    marginTop: '8px',
    breakInside: 'avoid',
  },
});

/** Bar chart geometry, in the SVG's own units. */
const G = {
  width: 720,
  label: 110,
  right: 60,
  bar: 16,
  gap: 6,
  top: 28,
  bottom: 24,
};

export function RateChart({ m, words }: { m: MeasureProgress; words: RoundWords }) {
  const styles = useStyles();
  const rated = m.rows.filter((r) => r.rate !== null);
  if (!rated.length) return null;
  // 100% is always on the axis; a county above it stretches the scale.
  const top = Math.max(1, ...rated.map((r) => r.rate!));
  const plot = G.width - G.label - G.right;
  const x = (rate: number) => G.label + (Math.max(0, rate) / top) * plot;
  const height = G.top + rated.length * (G.bar + G.gap) + G.bottom;
  const title = words.chartLabel(m.measure);
  return (
    <svg className={styles.chart} viewBox={`0 0 ${G.width} ${height}`} role="img" aria-label={title}>
      <title>{title}</title>
      <text x={G.width / 2} y={16} textAnchor="middle" fontSize="13" fontWeight="bold">
        {title}
      </text>
      {rated.map((r, i) => {
        const y = G.top + i * (G.bar + G.gap);
        const behind = r.rate! < 1;
        return (
          <g key={r.county}>
            <text x={G.label - 6} y={y + G.bar - 4} textAnchor="end" fontSize="12">
              {r.county}
            </text>
            <rect x={G.label} y={y} width={Math.max(1, x(r.rate!) - G.label)} height={G.bar} fill={behind ? '#C0504D' : '#4F81BD'} />
            <text x={x(r.rate!) + 4} y={y + G.bar - 4} fontSize="11">
              {ratePercent(r.rate!)}
            </text>
          </g>
        );
      })}
      <line x1={x(1)} x2={x(1)} y1={G.top - 4} y2={height - G.bottom + 2} stroke="#404040" strokeDasharray="4 3" />
      <text x={x(1)} y={height - 8} textAnchor="middle" fontSize="11">
        100%
      </text>
    </svg>
  );
}

export function MeasureCircular({ m, index, words }: { m: MeasureProgress; index: number; words: RoundWords }) {
  const styles = useStyles();
  const table = useTableStyles();
  return (
    <section className={styles.measure} aria-label={m.measure}>
      <h3 className={styles.heading}>{PROGRESS_MSG.heading(index, m.measure, m.unit, m.kind === 'task', m.years, m.base)}</h3>
      <table className={table.table}>
        <thead>
          <tr>
            {words.progressHead.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.rows.map((r) => (
            <tr key={r.county} className={styles.bodyRow}>
              <td className={table.num}>{r.rank ?? ''}</td>
              <th scope="row">{r.county}</th>
              <td className={table.num}>{count(r.target)}</td>
              <td className={table.num}>{count(r.done)}</td>
              <td className={table.num}>{r.rate === null ? '' : ratePercent(r.rate)}</td>
              <td className={table.num}>{count(r.gap)}</td>
              <td className={table.note}>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.sentence}>{m.sentence}</p>
      <RateChart m={m} words={words} />
    </section>
  );
}
