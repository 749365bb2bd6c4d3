// First: it configures zod before any schema is made.
import './jitless-parsing';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadLanguage } from './i18n/catalogs';
import { useLanguage } from './i18n/language';
import { loadParticipantScreen } from './screens/participant/loadParticipantScreen';
import { matchPath } from './router/match';
import { normalizeJoinCode, PAGES } from '@samenspel/shared';
import { rememberJoinLink, startJoinLookupEarly } from './screens/participant/joinLookupRequest';
import { participantTokens } from './net/storage';
import './styles.css';

// A phone that came by a join link (the QR code): look its code up beside the first render
// instead of after it. A phone already in that room needs the room at once too; a new one gets
// the name form first, and the room while it types.
const joinPath = matchPath(PAGES.join, window.location.pathname);
const joinCode = joinPath ? normalizeJoinCode(joinPath.code ?? '') : null;
if (joinCode !== null) {
  rememberJoinLink(joinCode, window.location.hash);
  startJoinLookupEarly(joinCode);
  if (participantTokens.get(joinCode) !== null) void loadParticipantScreen();
}

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
