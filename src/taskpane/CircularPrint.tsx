/**
 * The 通报 as a printed page: the title, the document, and each measure's ranked table, sentence and
 * chart, nothing else. Shown over the page (a portal on <body>) with two buttons that do not print;
 * the print stylesheet keeps only this view on the paper (A4), for the browser's 打印 → 另存为 PDF.
 */
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { Button, FluentProvider, makeStyles, mergeClasses, webLightTheme } from '@fluentui/react-components';
import { PROGRESS_MSG } from '../round/progressMessages';
import type { RoundView } from '../round/view';
import { MeasureCircular } from './ProgressChart';
import type { RoundWords } from './roundWords';

/** The class the print stylesheet keeps; every other child of <body> is left off the paper. */
const PRINTED = 'careplan-circular-print';
const NO_PRINT = 'careplan-no-print';

const PRINT_CSS = `
@media print {
  @page { size: A4 portrait; margin: 14mm 12mm; }
  body > :not(.${PRINTED}) { display: none !important; }
  .${PRINTED} { position: static !important; overflow: visible !important; }
  .${NO_PRINT} { display: none !important; }
  .${PRINTED} th, .${PRINTED} td { border: 1px solid #000 !important; background: none !important; }
}`;

const useStyles = makeStyles({
  overlay: {
    position: 'fixed',
    inset: 0,
    overflowY: 'auto',
    backgroundColor: '#fff',
    zIndex: 1000,
    padding: '16px 24px',
    color: '#000',
  },
  page: {
    maxWidth: '180mm',
    margin: '0 auto',
    fontFamily: '"SimSun", "WenQuanYi Zen Hei", serif',
  },
  bar: {
    display: 'flex',
    gap: '8px',
    alignItems: 'center',
    marginBottom: '12px',
    flexWrap: 'wrap',
  },
  title: {
    textAlign: 'center',
    fontSize: '20px',
    fontWeight: 'bold',
    margin: '8px 0 4px',
  },
  nowrap: { whiteSpace: 'nowrap' },
  basis: { textAlign: 'center', margin: '0 0 12px', fontSize: '12px' },
});

export function CircularPrint({ view, words, onClose }: { view: RoundView; words: RoundWords; onClose: () => void }) {
  const styles = useStyles();
  useEffect(() => {
    const style = document.createElement('style');
    style.textContent = PRINT_CSS;
    document.head.append(style);
    return () => style.remove();
  }, []);
  const title = PROGRESS_MSG.title(view.template.title.zh, view.asOf);
  const [before, after] = [title.slice(0, title.indexOf(view.asOf)), title.slice(title.indexOf(view.asOf) + view.asOf.length)];
  // Outside the pane's FluentProvider (a portal on <body>): the theme is given again for the tables' tokens.
  return createPortal(
    <FluentProvider theme={webLightTheme} className={mergeClasses(PRINTED, styles.overlay)} role="dialog" aria-modal="true" aria-label={words.printView}>
      <div className={mergeClasses(NO_PRINT, styles.bar)}>
        <Button appearance="primary" onClick={() => window.print()}>
          {words.print}
        </Button>
        <Button onClick={onClose}>{words.closePrint}</Button>
        <span>{words.printHint}</span>
      </div>
      <article className={styles.page}>
        <h1 className={styles.title}>
          {before}
          <span className={styles.nowrap}>{view.asOf}</span>
          {after}
        </h1>
        <p className={styles.basis}>{PROGRESS_MSG.basis(view.template.basis)}</p>
        {view.progress.map((m, i) => (
          <MeasureCircular key={m.measure} m={m} index={i} words={words} />
        ))}
      </article>
    </FluentProvider>,
    document.body,
  );
}
