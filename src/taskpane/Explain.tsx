/**
 * 为什么是这个数？: the CARE formula in the selected cell taken apart for an auditor: the function
 * and what it computes, each argument as Excel passed it, the result (or the rule's refusal), and
 * every document figure the rule read, with its dates, document, section and the clause quoted.
 */
import { useId, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Explanation, ExplainedSource } from '../catalog/explain';
import type { ExcelOps } from '../excel/types';
import { useT, type Lang } from '../i18n';
import { isoOfSerial } from '../rules/core/dates';
import { amount, figureWords } from './figureWords';
import { ErrorNote, showValue } from './util';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  h2: { margin: '4px 0 0', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: '4px 0 0', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h4: { margin: '6px 0 2px', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'start', verticalAlign: 'top', padding: '3px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  result: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  sources: { margin: 0, paddingInlineStart: '18px', display: 'flex', flexDirection: 'column', gap: '8px' },
  dl: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '8px', rowGap: '2px', margin: 0 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0 },
  quote: { margin: '4px 0 0', paddingLeft: '8px', borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, color: tokens.colorNeutralForeground2 },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'none' } | { kind: 'done'; explanation: Explanation } | { kind: 'error'; error: unknown };

export interface ExplainPanelProps {
  ops: ExcelOps;
  /** The settings' as-of date; null for today (ops.explainSelection takes it as is). */
  asOf: string | null;
  today: string;
}

export function ExplainPanel({ ops, asOf, today }: ExplainPanelProps) {
  const { t, lang } = useT();
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = async () => {
    setState({ kind: 'busy' });
    try {
      const explanation = await ops.explainSelection(asOf);
      setState(explanation ? { kind: 'done', explanation } : { kind: 'none' });
    } catch (e) {
      setState({ kind: 'error', error: e ?? new Error('?') });
    }
  };

  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{t.explainTitle}</h2>
      <p className={styles.intro}>{t.explainIntro}</p>
      <p className={styles.intro}>{t.explainAsOf(asOf ?? today, asOf === null)}</p>
      <div>
        <Button appearance="primary" onClick={() => void run()} disabled={state.kind === 'busy'}>
          {t.explain}
        </Button>
      </div>
      {state.kind === 'error' && <ErrorNote error={state.error} />}
      {state.kind === 'busy' && <Spinner size="small" label={t.explaining} />}
      <div role="status" aria-live="polite">
        {state.kind === 'none' && (
          <MessageBar intent="info">
            <MessageBarBody>{t.explainNone}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'done' && <span className={styles.srOnly}>{summaryLine(state.explanation, t, lang)}</span>}
      </div>
      {state.kind === 'done' && <ExplanationView explanation={state.explanation} />}
    </div>
  );
}

type Words = ReturnType<typeof useT>['t'];

/** The result as a line: the figure with its unit (a share as a percentage, money grouped by thousands). */
function resultLine(e: Explanation, t: Words, lang: Lang): string {
  if ('error' in e.result) return '';
  const { value, unit } = e.result;
  return `CARE.${e.fn} = ${typeof value === 'number' ? amount(value, unit, t, lang) : showValue(value, t)}`;
}

/** What the live region announces once an explanation is shown: the result, or the refusal. */
function summaryLine(e: Explanation, t: Words, lang: Lang): string {
  return 'error' in e.result ? `${t.refused(e.result.error.code)}${e.result.error.message[lang]}` : resultLine(e, t, lang);
}

/** An explanation as the pane shows it; the calculator shows its own with the arguments as entered. */
export function ExplanationView({ explanation: e, argsHeading }: { explanation: Explanation; argsHeading?: string }) {
  const { t, lang } = useT();
  const styles = useStyles();
  const argsId = useId();
  return (
    <article aria-label={`CARE.${e.fn}`}>
      <h3 className={styles.h3}>
        <code>CARE.{e.fn}</code>
      </h3>
      <p className={styles.intro}>{e.description[lang]}</p>

      <h4 className={styles.h4} id={argsId}>
        {argsHeading ?? t.argsHeading}
      </h4>
      <table className={styles.table} aria-labelledby={argsId}>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              {t.argName}
            </th>
            <th scope="col" className={styles.cell}>
              {t.argLabel}
            </th>
            <th scope="col" className={styles.cell}>
              {t.argText}
            </th>
            <th scope="col" className={styles.cell}>
              {t.argValue}
            </th>
          </tr>
        </thead>
        <tbody>
          {e.args.map((a) => (
            <tr key={a.name}>
              <th scope="row" className={styles.cell} title={a.help[lang]}>
                <code>{a.name}</code>
              </th>
              <td className={styles.cell} lang="zh-CN">
                {a.label}
              </td>
              <td className={styles.cell}>
                <code>{a.text}</code>
              </td>
              <td className={styles.cell}>{argumentShown(a.name, a.value, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4 className={styles.h4}>{t.resultHeading}</h4>
      {'error' in e.result ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.refused(e.result.error.code)}
            {e.result.error.message[lang]}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <p className={styles.result}>{resultLine(e, t, lang)}</p>
      )}

      <h4 className={styles.h4}>{t.sourcesHeading}</h4>
      {e.sources.length === 0 ? (
        <p className={styles.intro}>{t.noSources}</p>
      ) : (
        <ol className={styles.sources}>
          {e.sources.map((s, i) => (
            <SourceItem key={`${s.ref}|${i}`} source={s} />
          ))}
        </ol>
      )}

      {e.notes.length > 0 && (
        <>
          <h4 className={styles.h4}>{t.notesHeading}</h4>
          <ul>
            {e.notes.map((n, i) => (
              <li key={i}>{n[lang]}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

function SourceItem({ source: s }: { source: ExplainedSource }) {
  const { t, lang } = useT();
  const styles = useStyles();
  return (
    <li>
      <dl className={styles.dl}>
        <dt className={styles.dt}>{t.sourceRef}</dt>
        <dd className={styles.dd}>
          <code>{s.ref}</code>
        </dd>
        {s.figure !== null && (
          <>
            <dt className={styles.dt}>{t.sourceFigure}</dt>
            <dd className={styles.dd}>{figureWords(s.figure, t, lang)}</dd>
          </>
        )}
        <dt className={styles.dt}>{t.sourceInForce}</dt>
        <dd className={styles.dd}>{t.inForce(s.from, s.to ?? null)}</dd>
        <dt className={styles.dt}>{t.sourceDocument}</dt>
        <dd className={styles.dd}>
          {s.document}《{s.title}》
        </dd>
        <dt className={styles.dt}>{t.sourceSection}</dt>
        <dd className={styles.dd}>{s.section}</dd>
      </dl>
      <blockquote className={styles.quote} lang="zh-CN">
        {s.quote}
      </blockquote>
    </li>
  );
}


/** The as-of date arrives as the serial Excel passes; an auditor reads it as the day it is. */
function argumentShown(name: string, value: unknown, t: { blank: string; yes: string; no: string }): string {
  const day = name === 'asOf' && typeof value === 'number' ? isoOfSerial(value) : undefined;
  return day ? `${day}（${value}）` : showValue(value, t);
}
