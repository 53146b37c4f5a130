/** Renders the pane as index.tsx does (inside Fluent's provider), with a fake or no ExcelOps. */
import { render, screen, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, type AppProps } from '../../src/taskpane/App';
import { loadExcelPanels } from '../../src/taskpane/lazy';

export const TODAY = '2025-06-30';

export function renderPane(props: Partial<AppProps> & Pick<AppProps, 'ops'>): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App today={TODAY} {...props} />
    </FluentProvider>,
  );
}

/**
 * The pane once started: settings read, the first panel (the gallery, lazily loaded) shown, and in
 * Excel the Excel-only panels' chunks, which App starts loading at once, arrived. A chunk still
 * loading when a test file ends reaches a torn-down jsdom (it failed CI once, test/taskpane/index).
 */
export async function renderReady(props: Partial<AppProps> & Pick<AppProps, 'ops'>): Promise<RenderResult> {
  const r = renderPane(props);
  await screen.findByRole('heading', { level: 2 }, { timeout: 5000 });
  if (props.ops) await loadExcelPanels();
  return r;
}
