/**
 * A sheet's findings grouped by severity (错误 / 警告 / 提示), each with its count. A finding names
 * its cell, county, measure and year, what was expected and what was found, the checker's message
 * and the clause it rests on. With `onSelect` (in Excel) each finding is a button that goes to its
 * cell, by click or Enter; the Up and Down arrows (Home, End) move between findings.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { SEVERITIES, type Finding, type Severity } from '../check/finding';
import { useT } from '../i18n';
import { ErrorNote, showValue } from './util';

const useStyles = makeStyles({
  group: { marginTop: '12px' },
  heading: { margin: '0 0 6px', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: { borderLeft: '4px solid', paddingLeft: '8px', paddingBottom: '4px' },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  go: {
    display: 'block',
    width: '100%',
    textAlign: 'start',
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    background: 'none',
    border: 'none',
    padding: '2px 0',
    cursor: 'pointer',
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  head: { display: 'block', fontWeight: tokens.fontWeightSemibold, padding: '2px 0' },
  line: { margin: '2px 0' },
  figures: { margin: '2px 0', color: tokens.colorNeutralForeground2 },
  clause: { margin: '4px 0 0', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  more: { marginTop: '6px' },
  hint: { margin: '4px 0', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/**
 * Findings listed at first in each severity, and added by each 再显示: 199,000 findings of one sheet
 * (a sheet of duplicated rows) rendered at once held the tab for many seconds; the heading still
 * gives the whole count.
 */
export const FINDINGS_STEP = 200;

/** Findings by severity, in the checker's order within each. */
export function groupBySeverity(findings: readonly Finding[]): { severity: Severity; findings: Finding[] }[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter((g) => g.findings.length > 0);
}

export interface FindingsProps {
  findings: readonly Finding[];
  /** Goes to the finding's cell; absent where there is no workbook to go to (a file checked in the browser). */
  onSelect?: (f: Finding) => Promise<void>;
  /** Makes the headings' ids unique when several lists show (one per sheet of a file). */
  idPrefix?: string;
}

export function Findings({ findings, onSelect, idPrefix = 'findings' }: FindingsProps) {
  const { t } = useT();
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Partial<Record<Severity, number>>>({});

  const move = (e: KeyboardEvent<HTMLButtonElement>) => {
    const all = [...(root.current?.querySelectorAll<HTMLButtonElement>('button[data-finding]') ?? [])];
    const at = all.indexOf(e.currentTarget);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, to))]?.focus();
  };

  return (
    <div ref={root}>
      {onSelect && findings.length > 0 && <p className={styles.hint}>{t.findingsHint}</p>}
      {groupBySeverity(findings).map((g) => {
        const name = t.severity[g.severity];
        const id = `${idPrefix}-${g.severity}`;
        const listed = Math.min(g.findings.length, shown[g.severity] ?? FINDINGS_STEP);
        const more = Math.min(FINDINGS_STEP, g.findings.length - listed);
        return (
          <section key={g.severity} className={styles.group} aria-labelledby={id} data-severity={g.severity}>
            <h3 id={id} className={styles.heading}>
              {t.severityHeading(name, g.findings.length)}
            </h3>
            <ul className={styles.list} aria-label={t.findingsLabel(name)}>
              {g.findings.slice(0, listed).map((f, i) => (
                <FindingItem key={`${f.cell}|${f.ruleId}|${i}`} finding={f} onSelect={onSelect} onKeyDown={move} />
              ))}
            </ul>
            {more > 0 && (
              <Button appearance="subtle" size="small" className={styles.more} onClick={() => setShown({ ...shown, [g.severity]: listed + more })}>
                {t.findingsMore(more, listed, g.findings.length)}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}

function FindingItem({ finding: f, onSelect, onKeyDown }: { finding: Finding; onSelect?: (f: Finding) => Promise<void>; onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void }) {
  const { t, lang } = useT();
  const styles = useStyles();
  const [error, setError] = useState<unknown>(null);
  const show = (v: unknown) => showValue(v, t);
  const head = [f.cell, f.county, f.measure, f.year === null ? null : t.yearWord(f.year)].filter((x): x is string => x !== null && x !== '').join(' · ');

  const select = () => {
    if (!onSelect) return;
    setError(null);
    onSelect(f).catch((e: unknown) => setError(e ?? new Error('?')));
  };

  return (
    <li className={`${styles.item} ${styles[f.severity]}`}>
      {onSelect ? (
        <button
          type="button"
          data-finding=""
          className={styles.go}
          title={t.goToCell(f.cell)}
          onClick={select}
          onKeyDown={(e) => {
            // Enter goes to the cell at once; preventDefault keeps the browser from clicking too.
            if (e.key === 'Enter') {
              e.preventDefault();
              select();
            } else onKeyDown(e);
          }}
        >
          {head}
        </button>
      ) : (
        <span className={styles.head}>{head}</span>
      )}
      {(f.expected !== null || f.actual !== null) && (
        <p className={styles.figures}>
          {t.expectedActual(show(f.expected), show(f.actual))}
          {f.gap !== null && f.gap !== 0 ? ` · ${t.gap(show(f.gap))}` : ''}
        </p>
      )}
      <p className={styles.line}>{f.message[lang]}</p>
      {f.citation && (
        <p className={styles.clause}>
          {t.clause}
          {f.citation.document} {f.citation.section} <q>{f.citation.quote}</q>
        </p>
      )}
      {error !== null && <ErrorNote error={error} prefix={t.selectFailed(f.cell)} />}
    </li>
  );
}
