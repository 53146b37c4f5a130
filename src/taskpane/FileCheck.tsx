/**
 * 检查文件 (outside Excel): a filled .xlsx picked from disk and checked in this browser, every
 * sheet, with the same findings and overview as in Excel. Nothing is uploaded; the reader and
 * checker load with the first file.
 */
import { Suspense, useId, useState } from 'react';
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetReport } from '../check/finding';
import { useT } from '../i18n';
import { Findings } from './Findings';
import { Overview } from './lazy';
import { AsOfLine, ErrorNote, PanelBoundary } from './util';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  h2: { margin: '4px 0 0', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: '8px 0 0', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  label: { fontWeight: tokens.fontWeightSemibold, display: 'block', marginBottom: '4px' },
  status: { margin: 0 },
});

/** A file's bytes: Blob.arrayBuffer where the browser has it, FileReader in older ones. */
function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
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
  const [busy, setBusy] = useState(false);
  const [reports, setReports] = useState<{ asOf: string; reports: SheetReport[] } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setReports(null);
    try {
      const bytes = await readBytes(file);
      const { checkBytes } = await import(/* webpackChunkName: "xlsx-check" */ '../xlsx/checkBytes');
      setReports({ asOf, reports: checkBytes(bytes, asOf) });
    } catch (e) {
      setError(e ?? new Error('?'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{t.fileTitle}</h2>
      <p className={styles.intro}>{t.fileIntro}</p>
      <AsOfLine asOf={asOf} isToday={isToday} onChange={onChangeAsOf} />
      <div>
        <label htmlFor={inputId} className={styles.label}>
          {t.filePicker}
        </label>
        <input id={inputId} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
      </div>
      {error !== null && <ErrorNote error={error} />}
      {busy && <Spinner size="small" label={t.fileChecking} />}
      <div role="status" aria-live="polite">
        {reports &&
          reports.reports.map((r) => {
            const n = (s: string) => r.findings.filter((f) => f.severity === s).length;
            return (
              <p key={r.sheet} className={styles.status}>
                {r.template === null ? `${t.fileSheet(r.sheet)} — ${r.note ? r.note[lang] : t.notRecognised}` : r.findings.length ? t.summary(r.sheet, n('error'), n('warning'), n('info')) : t.noFindings(r.sheet)}
              </p>
            );
          })}
      </div>
      {reports?.reports
        .filter((r) => r.template !== null)
        .map((r, i) => (
          <section key={r.sheet} aria-label={t.fileSheet(r.sheet)}>
            <h3 className={styles.h3}>{t.fileSheet(r.sheet)}</h3>
            <PanelBoundary>
              <Suspense fallback={<Spinner size="small" label={t.loading} />}>
                <Overview report={r} asOf={reports.asOf} />
              </Suspense>
            </PanelBoundary>
            <Findings findings={r.findings} idPrefix={`file-${i}`} />
          </section>
        ))}
    </div>
  );
}
