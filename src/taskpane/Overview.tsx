/**
 * 各县进度: after a county table (or a county's own form) is checked, each measure's completion
 * rate per county, ranked, as the 进度通报 of the round counts it (round/progress.ts: done ÷ the
 * tasks due for a yearly task; the rise from the base ÷ the rise asked for a level), with the
 * county's errors, warnings and unfilled cells, and the sentence naming those behind. Worked out from
 * the figures the checker read (SheetReport.figures). Shows nothing for other sheets. Loaded on first
 * use: it needs the templates to know each county's targets.
 */
import { useId, useMemo } from 'react';
import { ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { summarize } from '../check';
import type { SheetReport } from '../check/finding';
import type { IsoDay } from '../rules/core/dates';
import type { CountyStatus } from '../round/messages';
import { progress, type MeasureProgress, type ProgressRow } from '../round/progress';
import { ratePercent } from '../round/progressMessages';
import { buildTemplate } from '../templates';
import { useT } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px', marginTop: '8px' },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h4: { margin: '6px 0 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  how: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  behind: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexDirection: 'column', gap: '2px' },
  line: { display: 'flex', justifyContent: 'space-between', gap: '8px', flexWrap: 'wrap' },
  name: { fontWeight: tokens.fontWeightSemibold },
  counts: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function Overview({ report, asOf }: { report: SheetReport; asOf: string }) {
  const { t } = useT();
  const styles = useStyles();
  const headingId = useId();
  const measures = useMemo((): MeasureProgress[] => {
    if (report.template === null || report.figures === undefined) return [];
    const template = buildTemplate(report.template, report.county !== null ? { county: report.county } : {});
    if (template.kind !== 'county') return [];
    const figures = new Map(Object.entries(report.figures).map(([row, f]) => [row, new Map(Object.entries(f))]));
    // Every county on the sheet is rated: what it entered is its return (a blank counts as 0, as the circular counts it).
    const statuses = new Map<string, CountyStatus>([...figures.keys()].map((row) => [row, 'submitted']));
    return progress(template, figures, statuses, asOf as IsoDay);
  }, [report, asOf]);
  const counts = useMemo(() => new Map(summarize(report.findings).map((s) => [s.county, s])), [report]);
  if (measures.length === 0) return null;

  const line = (r: ProgressRow) => {
    const s = counts.get(r.county) ?? { errors: 0, warnings: 0, notFilled: 0 };
    const color = r.rate === null ? 'warning' : r.rate >= 1 ? 'success' : s.errors > 0 ? 'error' : 'warning';
    return (
      <li key={r.county} className={styles.row} data-county={r.county}>
        <div className={styles.line}>
          <span className={styles.name}>{r.rank === null ? r.county : t.overviewRanked(r.rank, r.county)}</span>
          <span>{r.rate === null ? t.overviewNotRated : ratePercent(r.rate)}</span>
        </div>
        {r.rate !== null && (
          <ProgressBar value={Math.min(r.rate, 1)} max={1} color={color} thickness="large" aria-label={t.overviewBar(r.county, ratePercent(r.rate))} aria-valuetext={ratePercent(r.rate)} />
        )}
        <span className={styles.counts}>
          {r.note} · {t.overviewCounts(s.errors, s.warnings, s.notFilled)}
        </span>
      </li>
    );
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.h3}>
        {t.overviewTitle}
      </h3>
      <p className={styles.how}>{t.overviewHow}</p>
      {measures.map((m) => (
        <section key={m.measure} aria-label={m.measure}>
          <h4 className={styles.h4}>{t.overviewMeasure(m.measure, m.unit, m.years)}</h4>
          {m.due ? <p className={styles.behind}>{m.sentence}</p> : <p className={styles.how}>{t.overviewNoneDue}</p>}
          <ul className={styles.list}>{m.rows.map(line)}</ul>
        </section>
      ))}
    </section>
  );
}
