// First: it configures zod before any schema is made.
import './jitless-parsing';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadLanguage } from './i18n/catalogs';
import { useLanguage } from './i18n/language';
import { registerServiceWorker } from './net/registerServiceWorker';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// English is a download of its own: wait for it rather than flash Dutch, and show Dutch when it
// cannot come (offline before it was ever cached).
loadLanguage(useLanguage.getState().language).then(render, render);
registerServiceWorker();
