/** Renders the pane as index.tsx does (inside Fluent's provider), with a fake or no ExcelOps. */
import { render, screen, type RenderResult } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, type AppProps } from '../../src/taskpane/App';

export const TODAY = '2025-06-30';

export function renderPane(props: Partial<AppProps> & Pick<AppProps, 'ops'>): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App today={TODAY} {...props} />
    </FluentProvider>,
  );
}

/** The pane once started: settings read and the first panel (the gallery, lazily loaded) shown. */
export async function renderReady(props: Partial<AppProps> & Pick<AppProps, 'ops'>): Promise<RenderResult> {
  const r = renderPane(props);
  await screen.findByRole('heading', { level: 2 }, { timeout: 5000 });
  return r;
}
