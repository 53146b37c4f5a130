/**
 * 各县进度: after a county table is checked, a bar per county (its due targets met, see
 * progress.ts for how they are counted) with its errors, warnings and unfilled cells, and a line
 * naming the counties that are behind. Shows nothing for other sheets. Loaded on first use: it
 * needs the templates to know each county's targets.
 */
import { useId, useMemo } from 'react';
import { ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetReport } from '../check/finding';
import { buildTemplate } from '../templates';
import { useT } from '../i18n';
import { countyProgress } from './progress';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px', marginTop: '8px' },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  how: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  behind: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', flexDirection: 'column', gap: '2px' },
  line: { display: 'flex', justifyContent: 'space-between', gap: '8px', flexWrap: 'wrap' },
  name: { fontWeight: tokens.fontWeightSemibold },
  counts: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  total: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '6px' },
});

export function Overview({ report, asOf }: { report: SheetReport; asOf: string }) {
  const { t } = useT();
  const styles = useStyles();
  const headingId = useId();
  const rows = useMemo(() => {
    if (report.template === null) return [];
    const template = buildTemplate(report.template, report.county !== null ? { county: report.county } : {});
    return countyProgress(template, report.findings, asOf);
  }, [report, asOf]);
  if (rows.length === 0) return null;

  const behind = rows.filter((r) => r.met < r.due);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.h3}>
        {t.overviewTitle}
      </h3>
      <p className={styles.how}>{t.overviewHow}</p>
      {rows.some((r) => r.due > 0) && <p className={styles.behind}>{behind.length ? t.overviewBehind(behind.map((r) => r.county)) : t.overviewAllMet}</p>}
      <ul className={styles.list}>
        {rows.map((r) => {
          const { errors, warnings, notFilled } = r.summary;
          const color = r.met === r.due ? 'success' : errors > 0 ? 'error' : 'warning';
          return (
            <li key={r.county} className={r.total ? `${styles.row} ${styles.total}` : styles.row} data-county={r.county}>
              <div className={styles.line}>
                <span className={styles.name}>{r.county}</span>
                <span>{r.due > 0 ? t.overviewMet(r.met, r.due) : t.overviewNoneDue}</span>
              </div>
              {r.due > 0 && (
                <ProgressBar value={r.met} max={r.due} color={color} thickness="large" aria-label={t.overviewBar(r.county, r.met, r.due)} aria-valuetext={t.overviewMet(r.met, r.due)} />
              )}
              <span className={styles.counts}>{t.overviewCounts(errors, warnings, notFilled)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
