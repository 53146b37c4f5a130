/**
 * 汇总 (outside Excel): the city's round in the browser. Returns dropped (files, many, or a folder) or
 * picked are read one by one, each shown as it is recognised, then merged by `careplan merge`'s own
 * code, in the page's worker (fileWork.ts; 取消 ends it at once, and where no worker starts the work
 * runs in the page and stops between files). On screen: 报送情况, the ranked 进度 charts, the merged
 * table's findings with filters; to download: the city workbook, the findings (.xlsx, CSV) and each
 * file's annotated copy; and a print view of the 通报.
 */
import { useState, type DragEvent } from 'react';
import { Button, Link, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useT } from '../i18n';
import { findingsCsv, type RoundView } from '../round/view';
import { internalFault } from '../xlsx/errors';
import type { FileOutcome } from './fileJob';
import { Cancelled, FileWork } from './fileWork';
import { droppedFiles, pickedFiles, type Dropped } from './dropped';
import { CircularPrint } from './CircularPrint';
import { MeasureCircular } from './ProgressChart';
import { AnnotatedCopies, PickButton, copyName, type Copy } from './RoundFiles';
import { RoundFindings } from './RoundFindings';
import { FilesTable, StatusTable, type FileLine } from './RoundTables';
import { ROUND_WORDS } from './roundWords';
import { AsOfLine, ErrorNote, XLSX_TYPE, useDownloads } from './util';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  h2: {
    margin: '4px 0 0',
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  zone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: '20px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    alignItems: 'center',
    textAlign: 'center',
  },
  zoneActive: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  zoneTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  row: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
  downloads: { display: 'flex', flexDirection: 'column', gap: '4px' },
  section: { display: 'flex', flexDirection: 'column', gap: '6px' },
});

type Phase = { kind: 'idle' } | { kind: 'reading'; index: number } | { kind: 'merging' } | { kind: 'cancelled' } | { kind: 'refused' | 'failed'; reason: { zh: string; en: string } };

interface Done {
  view: RoundView;
  workbook: string;
  findingsBook: string;
  csv: { zh: string; en: string };
}

export function Round({ asOf, isToday, onChangeAsOf }: { asOf: string; isToday: boolean; onChangeAsOf: () => void }) {
  const { lang } = useT();
  const words = ROUND_WORDS[lang];
  const styles = useStyles();
  const offer = useDownloads();
  const [dropped, setDropped] = useState<Dropped | null>(null);
  const [lines, setLines] = useState<FileLine[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [done, setDone] = useState<Done | null>(null);
  const [work, setWork] = useState<FileWork | null>(null);
  const [onPage, setOnPage] = useState(false);
  const [over, setOver] = useState(false);
  const [copies, setCopies] = useState<Map<number, Copy>>(new Map());
  const [printing, setPrinting] = useState(false);

  const start = async (d: Dropped) => {
    setDropped(d);
    setDone(null);
    setCopies(new Map());
    setLines(d.files.map((f) => ({ name: f.name, read: null })));
    if (!d.files.length) return setPhase({ kind: 'idle' });
    const w = new FileWork();
    setWork(w);
    setOnPage(!w.inWorker);
    setPhase({ kind: 'reading', index: 0 });
    try {
      const o = await w.run({ kind: 'round', files: d.files, asOf }, (p) => {
        setLines((ls) => ls.map((l, i) => (i === p.index ? { ...l, read: p.read } : l)));
        setPhase(p.index + 1 < d.files.length ? { kind: 'reading', index: p.index + 1 } : { kind: 'merging' });
      });
      finish(o);
    } catch (e) {
      if (e instanceof Cancelled) setPhase({ kind: 'cancelled' });
      else
        setPhase({
          kind: 'failed',
          reason: internalFault(e instanceof Error ? e.message : String(e)),
        });
    } finally {
      w.end();
      setWork(null);
    }
  };

  const finish = (o: FileOutcome) => {
    if (o.kind === 'roundRefused') return setPhase({ kind: 'refused', reason: o.reason });
    if (o.kind !== 'round')
      return setPhase({
        kind: 'failed',
        reason: o.kind === 'failed' ? o.failure : internalFault(o.kind),
      });
    const v = o.view;
    const merged = words.mergedName(v.template.title.zh);
    setLines((ls) => ls.map((l, i) => ({ ...l, merged: v.files[i]! })));
    setDone({
      view: v,
      workbook: offer(o.workbook as Uint8Array<ArrayBuffer>, XLSX_TYPE),
      findingsBook: offer(o.findingsBook as Uint8Array<ArrayBuffer>, XLSX_TYPE),
      csv: {
        zh: offer(findingsCsv(v, merged, 'zh'), 'text/csv;charset=utf-8'),
        en: offer(findingsCsv(v, merged, 'en'), 'text/csv;charset=utf-8'),
      },
    });
    setPhase({ kind: 'idle' });
  };

  const makeCopy = async (i: number) => {
    const f = dropped?.files[i];
    const reports = done?.view.files[i]?.reports;
    if (!f || !reports) return;
    const w = new FileWork();
    setWork(w);
    setCopies((c) => new Map(c).set(i, 'making'));
    try {
      const o = await w.run({ kind: 'annotate', file: f.file, reports });
      setCopies((c) =>
        new Map(c).set(
          i,
          o.kind === 'annotated'
            ? { url: offer(o.copy as Uint8Array<ArrayBuffer>, XLSX_TYPE) }
            : {
                failure: o.kind === 'failed' ? o.failure : internalFault(o.kind),
              },
        ),
      );
    } catch (e) {
      setCopies((c) => {
        const next = new Map(c);
        if (e instanceof Cancelled) next.delete(i);
        else
          next.set(i, {
            failure: internalFault(e instanceof Error ? e.message : String(e)),
          });
        return next;
      });
    } finally {
      w.end();
      setWork(null);
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    if (work) return;
    void droppedFiles(e.dataTransfer).then(start);
  };

  const busy = work !== null;
  const view = done?.view;
  const making = [...copies].find(([, c]) => c === 'making');
  const workLabel =
    phase.kind === 'reading'
      ? words.reading(lines[phase.index]?.name ?? '', phase.index + 1, lines.length)
      : phase.kind === 'merging'
        ? words.merging(lines.length)
        : words.makingCopy(making ? copyName(view?.files[making[0]]?.file ?? '') : '');
  const base = view ? words.findingsName(view.template.title.zh) : '';
  const merged = view ? words.mergedName(view.template.title.zh) : '';

  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{words.title}</h2>
      <p className={styles.intro}>{words.intro}</p>
      <AsOfLine asOf={asOf} isToday={isToday} onChange={onChangeAsOf} />
      <div
        className={mergeClasses(styles.zone, over && styles.zoneActive)}
        data-testid="round-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p className={styles.zoneTitle}>{words.dropZone}</p>
        <div className={styles.row}>
          <PickButton label={words.pickFiles} disabled={busy} onPick={(l) => void start(pickedFiles(l))} />
          <PickButton label={words.pickFolder} folder disabled={busy} onPick={(l) => void start(pickedFiles(l))} />
        </div>
        <p className={styles.hint}>{words.dropHint}</p>
      </div>

      {busy && (
        <div className={styles.row}>
          <Spinner size="small" label={workLabel} />
          <Button onClick={() => work.cancel()}>{words.cancel}</Button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {dropped && <p className={styles.hint}>{words.dropped(dropped.files.length + dropped.skipped.length + dropped.ignored.length)}</p>}
        {dropped && dropped.files.length === 0 && <p>{words.noReturns}</p>}
        {dropped?.skipped.length ? <p className={styles.hint}>{words.skipped(dropped.skipped)}</p> : null}
        {dropped?.ignored.length ? <p className={styles.hint}>{words.ignored(dropped.ignored)}</p> : null}
        {phase.kind === 'cancelled' && <p>{words.cancelled}</p>}
      </div>
      {onPage && <p className={styles.hint}>{words.onPage}</p>}
      {(phase.kind === 'refused' || phase.kind === 'failed') && <ErrorNote error={phase.reason} prefix={phase.kind === 'refused' ? words.refused : words.failed} />}

      {lines.length > 0 && (
        <section className={styles.section} aria-label={words.filesHeading}>
          <h2 className={styles.h2}>{words.filesHeading}</h2>
          <FilesTable lines={lines} words={words} lang={lang} />
        </section>
      )}

      {view && done && (
        <>
          <section className={styles.section} aria-label={words.downloads}>
            <h2 className={styles.h2}>{words.downloads}</h2>
            <div className={styles.downloads}>
              <Link href={done.workbook} download={merged}>
                {words.mergedBook(merged)}
              </Link>
              <Link href={done.findingsBook} download={`${base}.xlsx`}>
                {words.findingsBook(`${base}.xlsx`)}
              </Link>
              <Link href={done.csv[lang]} download={`${base}.csv`}>
                {words.findingsCsv(`${base}.csv`)}
              </Link>
            </div>
            <AnnotatedCopies view={view} copies={copies} busy={busy} onMake={(i) => void makeCopy(i)} words={words} lang={lang} />
          </section>
          <section className={styles.section} aria-label={words.statusHeading}>
            <h2 className={styles.h2}>{words.statusHeading}</h2>
            <StatusTable counties={view.counties} asOf={view.asOf} words={words} lang={lang} />
          </section>
          <section className={styles.section} aria-label={words.progressHeading}>
            <div className={styles.row}>
              <h2 className={styles.h2}>{words.progressHeading}</h2>
              <Button onClick={() => setPrinting(true)}>{words.printView}</Button>
            </div>
            {view.progress.map((m, i) => (
              <MeasureCircular key={m.measure} m={m} index={i} words={words} />
            ))}
          </section>
          <RoundFindings findings={view.findings} words={words} />
          {printing && <CircularPrint view={view} words={words} onClose={() => setPrinting(false)} />}
        </>
      )}
    </div>
  );
}
