/**
 * 检查: the active sheet checked in place. Shows progress on a long sheet, then the findings grouped
 * by severity and, for a county table, each county's progress (loaded with the first result).
 * After a check the sheet is watched: an edit re-checks it and the list follows, but the marks on
 * the sheet stay as they were (a re-check writes nothing, so that Ctrl+Z undoes the user's typing),
 * and the pane says they are out of date with 重新标记 to mark again. 清除标记 restores the marked
 * cells and stops the watch.
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, ProgressBar, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckProgress, CheckResult, ExcelOps } from '../excel/types';
import type { Finding } from '../check/finding';
import { useT } from '../i18n';
import { Findings } from './Findings';
import { Overview } from './lazy';
import { AsOfLine, ErrorNote, PanelBoundary, messageOf } from './util';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  h2: { margin: '4px 0 0', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  status: { margin: 0, minHeight: '1em' },
});

export interface CheckPanelProps {
  ops: ExcelOps;
  /** The as-of date the check applies (the settings' date, or today). */
  asOf: string;
  isToday: boolean;
  onChangeAsOf: () => void;
}

type Failure = { at: 'check' | 'watch' | 'clear' | 'repair'; error: unknown };

const percent = (done: number): number => Math.round(Math.max(0, Math.min(1, done)) * 100);

export function CheckPanel({ ops, asOf, isToday, onChangeAsOf }: CheckPanelProps) {
  const { t, lang } = useT();
  const styles = useStyles();
  const [busy, setBusy] = useState<'check' | 'clear' | 'repair' | null>(null);
  const [repaired, setRepaired] = useState<{ sheet: string; formulas: number } | null>(null);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [checkedAsOf, setCheckedAsOf] = useState(asOf);
  const [recheckedAt, setRecheckedAt] = useState<string | null>(null);
  const [cleared, setCleared] = useState<number | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const stopWatch = useRef<(() => Promise<void>) | null>(null);
  const alive = useRef(true);

  const fail = (at: Failure['at']) => (error: unknown) => {
    if (alive.current) setFailure({ at, error: error ?? new Error('?') });
  };

  /** Stops the watch on the last checked sheet, if any; a failure to stop is reported, not hidden. */
  const unwatch = async (): Promise<void> => {
    const stop = stopWatch.current;
    stopWatch.current = null;
    if (stop) await stop().catch(fail('watch'));
  };

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      const stop = stopWatch.current;
      stopWatch.current = null;
      if (stop) void stop().catch(() => undefined); // unmounted: nowhere left to show it
    };
  }, []);

  const check = async () => {
    setBusy('check');
    setFailure(null);
    setCleared(null);
    setProgress(null);
    setRecheckedAt(null);
    await unwatch();
    try {
      const r = await ops.checkActiveSheet(asOf, (p) => {
        if (alive.current) setProgress(p);
      });
      if (!alive.current) return;
      setResult(r);
      setCheckedAsOf(asOf);
      if (r.report.template !== null) {
        try {
          const stop = await ops.watchChecked(r.report.sheet, asOf, (next) => {
            if (!alive.current) return;
            setResult((was) => (was ? { ...was, report: next } : was));
            setRecheckedAt(new Date().toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-US'));
          }, (e) => {
            if (alive.current) fail('watch')(e);
          });
          if (alive.current) stopWatch.current = stop;
          else void stop().catch(() => undefined);
        } catch (e) {
          fail('watch')(e);
        }
      }
    } catch (e) {
      fail('check')(e);
    } finally {
      if (alive.current) {
        setBusy(null);
        setProgress(null);
      }
    }
  };

  const clear = async () => {
    setBusy('clear');
    setFailure(null);
    try {
      await unwatch();
      const { restored } = await ops.clearMarks(result?.report.sheet);
      if (!alive.current) return;
      setCleared(restored);
      setResult(null);
      setRecheckedAt(null);
    } catch (e) {
      fail('clear')(e);
    } finally {
      if (alive.current) setBusy(null);
    }
  };

  const repair = async () => {
    setBusy('repair');
    setFailure(null);
    setRepaired(null);
    try {
      const r = await ops.repairFormulas();
      if (alive.current) setRepaired(r);
    } catch (e) {
      fail('repair')(e);
    } finally {
      if (alive.current) setBusy(null);
    }
  };

  const select = (f: Finding) => ops.selectCell(result?.report.sheet ?? '', f.cell);

  const report = result?.report ?? null;
  const count = (s: Finding['severity']) => report?.findings.filter((f) => f.severity === s).length ?? 0;
  const stage = progress ? { read: t.stageRead, check: t.stageCheck, mark: t.stageMark }[progress.stage] : null;

  let status = '';
  if (busy === 'check') status = progress && stage ? t.progressLabel(stage, percent(progress.done)) : t.checking;
  else if (busy === 'clear') status = t.clearing;
  else if (cleared !== null) status = t.cleared(cleared);
  else if (report && report.template === null) status = t.notRecognised;
  else if (report && result) {
    const carrier = result.marked > 0 && result.carrier !== 'none' ? ` ${result.carrier === 'note' ? t.carrierNote : t.carrierComment}` : '';
    const summary = t.summary(report.sheet, count('error'), count('warning'), count('info'));
    // After a re-check the marks are the last check's, so the count of marks is not repeated.
    if (recheckedAt) status = `${t.rechecked(recheckedAt)} ${report.findings.length === 0 ? t.noFindings(report.sheet) : summary}`;
    else status = report.findings.length === 0 ? t.noFindings(report.sheet) : `${summary} ${t.marked(result.marked)}${carrier}`;
  }

  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{t.checkTitle}</h2>
      <p className={styles.intro}>{t.checkIntro}</p>
      <AsOfLine asOf={asOf} isToday={isToday} onChange={onChangeAsOf} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void check()} disabled={busy !== null} aria-label={t.checkLabel}>
          {busy === 'check' ? t.checking : t.check}
        </Button>
        <Button onClick={() => void clear()} disabled={busy !== null}>
          {busy === 'clear' ? t.clearing : t.clearMarks}
        </Button>
        <Button onClick={() => void repair()} disabled={busy !== null} title={t.repairHint}>
          {t.repair}
        </Button>
      </div>
      {failure?.at === 'repair' && <ErrorNote error={failure.error} />}
      {repaired && <p className={styles.status}>{t.repaired(repaired.sheet, repaired.formulas)}</p>}
      {failure?.at === 'check' && <ErrorNote error={failure.error} />}
      {result?.notMarked && <ErrorNote error={result.notMarked} />}
      {failure?.at === 'clear' && <ErrorNote error={failure.error} />}
      {busy === 'check' && (progress && stage ? <ProgressBar value={percent(progress.done)} max={100} aria-label={t.progressLabel(stage, percent(progress.done))} /> : <Spinner size="small" label={t.checking} />)}

      <p role="status" aria-live="polite" className={styles.status}>
        {status}
      </p>

      {report && report.template === null && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {report.note ? `${report.note[lang]} ` : ''}
            {t.notRecognisedHint}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.notAttached && (
        <MessageBar intent="warning">
          <MessageBarBody>{messageOf(result.notAttached, lang)}</MessageBarBody>
        </MessageBar>
      )}
      {report && report.template !== null && result?.carrier === 'none' && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.carrierNone}</MessageBarBody>
        </MessageBar>
      )}
      {recheckedAt && busy === null && report && report.template !== null && (
        <MessageBar intent="info">
          <MessageBarBody>{t.marksStale}</MessageBarBody>
          <Button size="small" onClick={() => void check()}>
            {t.remark}
          </Button>
        </MessageBar>
      )}
      {failure?.at === 'watch' && <ErrorNote error={failure.error} />}
      {report && report.template !== null && (
        <>
          <PanelBoundary>
            <Suspense fallback={<Spinner size="small" label={t.loading} />}>
              <Overview report={report} asOf={checkedAsOf} />
            </Suspense>
          </PanelBoundary>
          <Findings findings={report.findings} onSelect={select} />
        </>
      )}
    </div>
  );
}
