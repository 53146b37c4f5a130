import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { officeReady } from './office';

const root = document.getElementById('root');
if (root) {
  void officeReady().then(() =>
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        <App />
      </FluentProvider>,
    ),
  );
}
