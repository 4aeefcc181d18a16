import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import '@fontsource/noto-sans-ethiopic/400.css';
import '@fontsource/noto-sans-ethiopic/600.css';
import '@fontsource/noto-sans-tamil/400.css';
import '@fontsource/noto-sans-tamil/600.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/dialog.css';
import './styles/table.css';
import './styles/panels.css';
import './styles/client-form.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initTransport } from './api/transport';
import { App } from './App';
import { i18n, ready } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

void Promise.all([initTransport(), ready]).then(([transport]) =>
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App transport={transport} />
      </I18nextProvider>
    </StrictMode>,
  ),
);
