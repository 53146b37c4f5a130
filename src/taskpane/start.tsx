/**
 * The task pane's start on a page. It never waits on Office.js to show something (office.ts): a
 * spinner at once; the browser's features after FIRST_PAINT_MS if Office is not ready by then, with
 * a note naming the address Office.js is loading from, and a message if it fails or takes longer
 * than OFFICE_JS_TIMEOUT_MS. Whenever Office turns out to be Excel, the pane asks for the Excel
 * operations (loadOps: the page's entry, src/entries/taskpane.tsx, loads the adapter's own chunk)
 * and shows itself with them. The template gallery's chunk, the first screen, is fetched at once.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ExcelOps } from '../excel/types';
import { I18nProvider, MESSAGES, langOf } from '../i18n';
import { App, type OfficeJsNote } from './App';
import { loadGallery } from './lazy';
import { FIRST_PAINT_MS, OFFICE_JS_TIMEOUT_MS, arrival, displayLanguage, officeJsUrl } from './office';
import { ErrorNote } from './util';

/** Renders the pane into #root, if the page has one; loadOps is called only inside Excel. */
export function startPane(loadOps: () => Promise<ExcelOps>): void {
  const element = document.getElementById('root');
  if (!element) return;
  const root = createRoot(element);
  const show = (node: ReactNode) => root.render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
  show(<Spinner label={MESSAGES.zh.loading} style={{ marginTop: 32 }} />);
  // Started now, awaited by the gallery when it first renders (its error shows there).
  loadGallery().catch(() => undefined);

  let settled = false;
  const browserView = (note: OfficeJsNote | null) => show(<App ops={null} displayLanguage={null} officeJs={note} />);
  const url = officeJsUrl();
  const first = setTimeout(() => settled || browserView({ state: 'waiting', url }), FIRST_PAINT_MS);
  const late = setTimeout(() => settled || browserView({ state: 'timeout', url }), OFFICE_JS_TIMEOUT_MS);
  void start();

  async function start(): Promise<void> {
    let lang = langOf(null);
    try {
      const office = await arrival();
      settled = true;
      clearTimeout(first);
      clearTimeout(late);
      if (office.state === 'failed') return browserView({ state: 'failed', url: office.url });
      const language = displayLanguage();
      lang = langOf(language);
      if (office.host !== 'Excel') return show(<App ops={null} displayLanguage={language} />);
      show(<Spinner label={MESSAGES[lang].loadingOps} style={{ marginTop: 32 }} />);
      show(<App ops={await loadOps()} displayLanguage={language} />);
    } catch (e) {
      show(
        <I18nProvider lang={lang}>
          <ErrorNote error={e} prefix={MESSAGES[lang].opsFailed} />
        </I18nProvider>,
      );
    }
  }
}
