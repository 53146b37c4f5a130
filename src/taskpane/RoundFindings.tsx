/**
 * The merged table's findings (as its 核查结果 sheet lists them), narrowed by county, severity and
 * measure, and shown as the pane shows any sheet's findings (Findings.tsx).
 */
import { useId, useMemo, useState } from 'react';
import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { Finding, Severity } from '../check/finding';
import { useT } from '../i18n';
import { filterChoices, filterFindings, NO_FILTER, type FindingFilter } from '../round/view';
import { Findings } from './Findings';
import type { RoundWords } from './roundWords';

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    gap: '12px',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
  },
  field: { minWidth: '10em' },
});

export function RoundFindings({ findings, words }: { findings: readonly Finding[]; words: RoundWords }) {
  const { t } = useT();
  const styles = useStyles();
  const id = useId();
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const choices = useMemo(() => filterChoices(findings), [findings]);
  const shown = useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const set = (patch: Partial<FindingFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const choose = (label: string, value: string | null, options: readonly { value: string; text: string }[], change: (v: string | null) => void) => (
    <Field label={label} className={styles.field}>
      <Select value={value ?? ''} onChange={(_, d) => change(d.value === '' ? null : d.value)}>
        <option value="">{words.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{words.findingsHeading(findings.length, shown.length)}</h2>
      {findings.length === 0 ? (
        <p>{words.noFindings}</p>
      ) : (
        <>
          <div className={styles.filters}>
            {choose(
              words.filterCounty,
              filter.county,
              choices.counties.map((c) => ({ value: c, text: c })),
              (county) => set({ county }),
            )}
            {choose(
              words.filterSeverity,
              filter.severity,
              choices.severities.map((s) => ({
                value: s,
                text: t.severity[s],
              })),
              (severity) => set({ severity: severity as Severity | null }),
            )}
            {choose(
              words.filterMeasure,
              filter.measure,
              choices.measures.map((m) => ({ value: m, text: m })),
              (measure) => set({ measure }),
            )}
          </div>
          <Findings findings={shown} idPrefix="round" />
        </>
      )}
    </section>
  );
}
