/**
 * 检查文件 (outside Excel): filled .xlsx files picked from disk and checked in this browser, every
 * sheet, with the same findings and overview as in Excel, and for each the annotated copy the command
 * line's --annotate makes (原名-核查.xlsx). Nothing is uploaded. The reading, checking and copying run
 * in a Web Worker started when files are picked (fileWork.ts), so the tab keeps answering and 取消
 * stops the work at once; a file that cannot be read shows the command line's one line.
 */
import { Suspense, useId, useState } from 'react';
import { Button, Link, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetReport } from '../check/finding';
import { useT } from '../i18n';
import { internalFault, type FileFailure } from '../xlsx/errors';
import { annotatedName, type FileJob, type FileOutcome } from './fileJob';
import { Cancelled, FileWork } from './fileWork';
import { Findings } from './Findings';
import { Overview } from './lazy';
import { AsOfLine, ErrorNote, PanelBoundary, XLSX_TYPE, useDownloads } from './util';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  h2: { margin: '4px 0 0', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: '8px 0 0', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  label: { fontWeight: tokens.fontWeightSemibold, display: 'block', marginBottom: '4px' },
  hint: { margin: '4px 0 0', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  status: { margin: 0 },
  working: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
  file: { display: 'flex', flexDirection: 'column', gap: '6px', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '8px' },
  fileName: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
});

/** A picked file and what became of it. */
interface Picked {
  file: File;
  state: 'waiting' | 'checking' | 'cancelled' | { reports: SheetReport[] } | { failure: FileFailure };
  /** The annotated copy: being made, ready as a download, refused, or cancelled. */
  copy?: 'making' | 'cancelled' | { url: string } | { failure: FileFailure };
}

/** A job's outcome, or the fault that ended its worker, reported on the file like any other failure. */
async function outcomeOf(work: FileWork, job: FileJob): Promise<FileOutcome> {
  try {
    return await work.run(job);
  } catch (e) {
    if (e instanceof Cancelled) throw e;
    return { kind: 'failed', failure: internalFault(e instanceof Error ? e.message : String(e)) };
  }
}

export interface FileCheckProps {
  asOf: string;
  isToday: boolean;
  onChangeAsOf: () => void;
}

export function FileCheck({ asOf, isToday, onChangeAsOf }: FileCheckProps) {
  const { t, lang } = useT();
  const styles = useStyles();
  const inputId = useId();
  const [picked, setPicked] = useState<{ asOf: string; files: Picked[] } | null>(null);
  const [work, setWork] = useState<FileWork | null>(null);
  const [onPage, setOnPage] = useState(false);
  const offer = useDownloads();

  const update = (i: number, change: Partial<Picked>) => setPicked((p) => p && { ...p, files: p.files.map((f, k) => (k === i ? { ...f, ...change } : f)) });

  /** Runs `jobs` one after the other in one worker; whatever is left when 取消 is pressed is marked cancelled. */
  const runAll = async (steps: { start: () => void; job: FileJob; done: (o: FileOutcome) => void; cancelled: () => void }[]) => {
    const w = new FileWork();
    setWork(w);
    setOnPage(!w.inWorker);
    let k = 0;
    try {
      for (; k < steps.length; k++) {
        steps[k]!.start();
        steps[k]!.done(await outcomeOf(w, steps[k]!.job));
      }
    } catch (e) {
      if (!(e instanceof Cancelled)) throw e;
      for (; k < steps.length; k++) steps[k]!.cancelled();
    } finally {
      w.end();
      setWork(null);
    }
  };

  const pick = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setPicked({ asOf, files: files.map((file) => ({ file, state: 'waiting' })) });
    await runAll(
      files.map((file, i) => ({
        start: () => update(i, { state: 'checking' }),
        job: { kind: 'check', file, asOf },
        done: (o) => update(i, { state: o.kind === 'checked' ? { reports: o.reports } : o.kind === 'failed' ? { failure: o.failure } : 'cancelled' }),
        cancelled: () => update(i, { state: 'cancelled' }),
      })),
    );
  };

  const makeCopy = async (i: number, file: File, reports: SheetReport[]) => {
    await runAll([
      {
        start: () => update(i, { copy: 'making' }),
        job: { kind: 'annotate', file, reports },
        done: (o) => {
          if (o.kind === 'annotated') {
            update(i, { copy: { url: offer(o.copy as Uint8Array<ArrayBuffer>, XLSX_TYPE) } });
          } else update(i, { copy: o.kind === 'failed' ? { failure: o.failure } : 'cancelled' });
        },
        cancelled: () => update(i, { copy: 'cancelled' }),
      },
    ]);
  };

  const busy = work !== null;
  const current = picked?.files.find((f) => f.state === 'checking' || f.copy === 'making');

  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{t.fileTitle}</h2>
      <p className={styles.intro}>{t.fileIntro}</p>
      <AsOfLine asOf={asOf} isToday={isToday} onChange={onChangeAsOf} />
      <div>
        <label htmlFor={inputId} className={styles.label}>
          {t.filePicker}
        </label>
        <input id={inputId} type="file" multiple accept={`.xlsx,${XLSX_TYPE}`} disabled={busy} onChange={(e) => void pick(e.target.files)} />
        <p className={styles.hint}>{t.filePickerMany}</p>
      </div>
      {busy && current && (
        <div className={styles.working}>
          <Spinner
            size="small"
            label={current.copy === 'making' ? t.fileMakingCopy(annotatedName(current.file.name)) : t.fileCheckingOne(current.file.name, picked!.files.indexOf(current) + 1, picked!.files.length)}
          />
          <Button onClick={() => work.cancel()}>{t.fileCancel}</Button>
        </div>
      )}
      {onPage && <p className={styles.hint}>{t.fileOnPage}</p>}
      <div role="status" aria-live="polite">
        {picked?.files.map(({ file, state }) =>
          state === 'cancelled' ? (
            <p key={file.name} className={styles.status}>
              {t.fileCancelled(file.name)}
            </p>
          ) : typeof state === 'object' && 'reports' in state ? (
            state.reports.map((r) => {
              const n = (s: string) => r.findings.filter((f) => f.severity === s).length;
              return (
                <p key={`${file.name}|${r.sheet}`} className={styles.status}>
                  {r.template === null ? `${t.fileSheet(r.sheet)} — ${r.note ? r.note[lang] : t.notRecognised}` : r.findings.length ? t.summary(r.sheet, n('error'), n('warning'), n('info')) : t.noFindings(r.sheet)}
                </p>
              );
            })
          ) : null,
        )}
      </div>
      {picked?.files.map(({ file, state, copy }, fi) => {
        if (typeof state !== 'object') return null;
        if ('failure' in state) return <ErrorNote key={fi} error={state.failure} prefix={t.fileFailed(file.name)} />;
        const copyName = annotatedName(file.name);
        const marked = state.reports.some((r) => r.findings.length > 0);
        return (
          <article key={fi} className={styles.file} aria-label={file.name}>
            {picked.files.length > 1 && <p className={styles.fileName}>{file.name}</p>}
            {marked && (
              <div className={styles.actions}>
                <Button disabled={busy} onClick={() => void makeCopy(fi, file, state.reports)} aria-label={t.fileMakeCopyLabel(copyName)}>
                  {t.fileMakeCopy}
                </Button>
                {typeof copy === 'object' && 'url' in copy && (
                  <Link href={copy.url} download={copyName}>
                    {t.downloadReady(copyName)}
                  </Link>
                )}
                {copy === 'cancelled' && <span>{t.fileCancelledCopy(copyName)}</span>}
              </div>
            )}
            {typeof copy === 'object' && 'failure' in copy && <ErrorNote error={copy.failure} prefix={t.fileCopyFailed(copyName)} />}
            {state.reports
              .filter((r) => r.template !== null)
              .map((r, i) => (
                <section key={r.sheet} aria-label={t.fileSheet(r.sheet)}>
                  <h3 className={styles.h3}>{t.fileSheet(r.sheet)}</h3>
                  <PanelBoundary>
                    <Suspense fallback={<Spinner size="small" label={t.loading} />}>
                      <Overview report={r} asOf={picked.asOf} />
                    </Suspense>
                  </PanelBoundary>
                  <Findings findings={r.findings} idPrefix={`file-${fi}-${i}`} />
                </section>
              ))}
          </article>
        );
      })}
    </div>
  );
}
