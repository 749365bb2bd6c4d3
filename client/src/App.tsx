import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from './router/Router';
import { PAGES } from '@samenspel/shared';
import { LandingScreen } from './screens/LandingScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { loadParticipantScreen } from './screens/participant/loadParticipantScreen';
import { LookingUp } from './screens/participant/LookingUp';
import { loadStaffCatalog } from './i18n/catalogs';

/** A trainer's screen, with its part of the catalog loaded before it first renders. */
function staffScreen<T>(load: () => Promise<T>): Promise<T> {
  return Promise.all([load(), loadStaffCatalog()]).then(([screen]) => screen);
}

// Only the front door is in the first download, read on venue Wi-Fi by a room full of phones;
// the phone's room follows as soon as a phone is on its way in. The trainer's screens (console,
// presenter, library, replay, studio) load when first opened, from a laptop that opens them once.
const ParticipantScreen = lazy(loadParticipantScreen);
const FacilitatorHome = lazy(() =>
  staffScreen(() =>
    import('./screens/facilitator/FacilitatorHome').then((m) => ({ default: m.FacilitatorHome })),
  ),
);
const ConsoleScreen = lazy(() =>
  staffScreen(() =>
    import('./screens/facilitator/ConsoleScreen').then((m) => ({ default: m.ConsoleScreen })),
  ),
);
const PresenterScreen = lazy(() =>
  staffScreen(() =>
    import('./screens/presenter/PresenterScreen').then((m) => ({ default: m.PresenterScreen })),
  ),
);
const LibraryScreen = lazy(() =>
  staffScreen(() =>
    import('./screens/library/LibraryScreen').then((m) => ({ default: m.LibraryScreen })),
  ),
);
const ReplayScreen = lazy(() =>
  staffScreen(() =>
    import('./screens/replay/ReplayScreen').then((m) => ({ default: m.ReplayScreen })),
  ),
);

const StudioListScreen = lazy(() =>
  staffScreen(() =>
    import('./screens/studio/StudioListScreen').then((m) => ({ default: m.StudioListScreen })),
  ),
);
const StudioEditorScreen = lazy(() =>
  staffScreen(() =>
    import('./screens/studio/StudioEditorScreen').then((m) => ({ default: m.StudioEditorScreen })),
  ),
);

/** The routes; their paths match PATHS in @samenspel/shared. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path={PAGES.landing} element={<LandingScreen />} />
        <Route
          path={PAGES.join}
          element={
            <Suspense fallback={<LookingUp />}>
              <ParticipantScreen />
            </Suspense>
          }
        />
        <Route
          path={PAGES.facilitatorHome}
          element={
            <Suspense fallback={null}>
              <FacilitatorHome />
            </Suspense>
          }
        />
        <Route
          path={PAGES.console}
          element={
            <Suspense fallback={null}>
              <ConsoleScreen />
            </Suspense>
          }
        />
        <Route
          path={PAGES.library}
          element={
            <Suspense fallback={null}>
              <LibraryScreen />
            </Suspense>
          }
        />
        <Route
          path={PAGES.replay}
          element={
            <Suspense fallback={null}>
              <ReplayScreen />
            </Suspense>
          }
        />
        <Route
          path={PAGES.studio}
          element={
            <Suspense fallback={null}>
              <StudioListScreen />
            </Suspense>
          }
        />
        <Route
          path={PAGES.studioProgramme}
          element={
            <Suspense fallback={null}>
              <StudioEditorScreen />
            </Suspense>
          }
        />
        <Route
          path={PAGES.presenter}
          element={
            <Suspense fallback={null}>
              <PresenterScreen />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFoundScreen />} />
      </Routes>
    </BrowserRouter>
  );
}
