/**
 * The task pane's entry: waits for Office, then shows the pane. Inside Excel it loads the Excel
 * operations (their own chunk) and hands them to the pane; in a plain browser the pane gets none
 * and offers what works there. The template gallery's chunk is fetched at once, alongside Office.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { I18nProvider, MESSAGES, langOf } from '../i18n';
import { App } from './App';
import { loadGallery } from './lazy';
import { displayLanguage, officeReady } from './office';
import { ErrorNote } from './util';

const element = document.getElementById('root');
if (element) {
  const root = createRoot(element);
  const show = (node: ReactNode) => root.render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
  show(<Spinner label={MESSAGES.zh.loading} style={{ marginTop: 32 }} />);
  // Started now, awaited by the gallery when it first renders (its error shows there).
  loadGallery().catch(() => undefined);
  void start();

  async function start(): Promise<void> {
    let lang = langOf(null);
    try {
      const { host } = await officeReady();
      const language = displayLanguage();
      lang = langOf(language);
      if (host !== 'Excel') {
        show(<App ops={null} displayLanguage={language} />);
        return;
      }
      show(<Spinner label={MESSAGES[lang].loadingOps} style={{ marginTop: 32 }} />);
      const { createExcelOps } = await import(/* webpackChunkName: "excel-ops" */ '../excel/ops');
      show(<App ops={createExcelOps()} displayLanguage={language} />);
    } catch (e) {
      show(
        <I18nProvider lang={lang}>
          <ErrorNote error={e} prefix={MESSAGES[lang].opsFailed} />
        </I18nProvider>,
      );
    }
  }
}
