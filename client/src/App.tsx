import { BrowserRouter, Route, Routes } from './router/Router';
import { PAGES } from '@samenspel/shared';
import { LandingScreen } from './screens/LandingScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { ParticipantScreen } from './screens/participant/ParticipantScreen';
import { loadSelfTestCatalog, loadStaffCatalog } from './i18n/catalogs';
import { LazyScreen, type ScreenLoader } from './router/LazyScreen';

/** A trainer's screen, with its part of the catalog loaded before it first renders. */
function staffScreen(load: ScreenLoader): ScreenLoader {
  return () => Promise.all([load(), loadStaffCatalog()]).then(([screen]) => screen);
}

// Only the front door is in the first download, read on venue Wi-Fi by a room full of phones;
// the phone's room follows as soon as a phone is on its way in. The trainer's screens (console,
// presenter, library, replay, studio) load when first opened, from a laptop that opens them once.
const loadFacilitatorHome = staffScreen(() =>
  import('./screens/facilitator/FacilitatorHome').then((m) => ({ default: m.FacilitatorHome })),
);
const loadConsoleScreen = staffScreen(() =>
  import('./screens/facilitator/ConsoleScreen').then((m) => ({ default: m.ConsoleScreen })),
);
const loadPresenterScreen = staffScreen(() =>
  import('./screens/presenter/PresenterScreen').then((m) => ({ default: m.PresenterScreen })),
);
const loadLibraryScreen = staffScreen(() =>
  import('./screens/library/LibraryScreen').then((m) => ({ default: m.LibraryScreen })),
);
const loadReplayScreen = staffScreen(() =>
  import('./screens/replay/ReplayScreen').then((m) => ({ default: m.ReplayScreen })),
);

// Public, but read at home rather than in a room: its own chunk, with its own Dutch.
const loadSelfTestScreen: ScreenLoader = () =>
  Promise.all([
    import('./screens/selftest/SelfTestScreen').then((m) => ({ default: m.SelfTestScreen })),
    loadSelfTestCatalog(),
  ]).then(([screen]) => screen);

const loadStudioListScreen = staffScreen(() =>
  import('./screens/studio/StudioListScreen').then((m) => ({ default: m.StudioListScreen })),
);
const loadStudioEditorScreen = staffScreen(() =>
  import('./screens/studio/StudioEditorScreen').then((m) => ({ default: m.StudioEditorScreen })),
);

/** The routes; their paths match PATHS in @samenspel/shared. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path={PAGES.landing} element={<LandingScreen />} />
        <Route path={PAGES.join} element={<ParticipantScreen />} />
        <Route path={PAGES.facilitatorHome} element={<LazyScreen load={loadFacilitatorHome} />} />
        <Route path={PAGES.console} element={<LazyScreen load={loadConsoleScreen} />} />
        <Route path={PAGES.library} element={<LazyScreen load={loadLibraryScreen} />} />
        <Route path={PAGES.replay} element={<LazyScreen load={loadReplayScreen} />} />
        <Route path={PAGES.studio} element={<LazyScreen load={loadStudioListScreen} />} />
        <Route
          path={PAGES.studioProgramme}
          element={<LazyScreen load={loadStudioEditorScreen} />}
        />
        <Route path={PAGES.presenter} element={<LazyScreen load={loadPresenterScreen} />} />
        <Route path={PAGES.selfTest} element={<LazyScreen load={loadSelfTestScreen} />} />
        <Route path="*" element={<NotFoundScreen />} />
      </Routes>
    </BrowserRouter>
  );
}
