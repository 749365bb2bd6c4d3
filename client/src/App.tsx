import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { PAGES } from '@samenspel/shared';
import { ConsoleScreen } from './screens/facilitator/ConsoleScreen';
import { FacilitatorHome } from './screens/facilitator/FacilitatorHome';
import { LandingScreen } from './screens/LandingScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { ParticipantScreen } from './screens/participant/ParticipantScreen';
import { PresenterScreen } from './screens/presenter/PresenterScreen';

// The trainer's library, replay and studio are loaded when first opened: phones never download them.
const LibraryScreen = lazy(() =>
  import('./screens/library/LibraryScreen').then((m) => ({ default: m.LibraryScreen })),
);
const ReplayScreen = lazy(() =>
  import('./screens/replay/ReplayScreen').then((m) => ({ default: m.ReplayScreen })),
);

const StudioListScreen = lazy(() =>
  import('./screens/studio/StudioListScreen').then((m) => ({ default: m.StudioListScreen })),
);
const StudioEditorScreen = lazy(() =>
  import('./screens/studio/StudioEditorScreen').then((m) => ({ default: m.StudioEditorScreen })),
);

/** The routes; their paths match PATHS in @samenspel/shared. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path={PAGES.landing} element={<LandingScreen />} />
        <Route path={PAGES.join} element={<ParticipantScreen />} />
        <Route path={PAGES.facilitatorHome} element={<FacilitatorHome />} />
        <Route path={PAGES.console} element={<ConsoleScreen />} />
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
        <Route path={PAGES.presenter} element={<PresenterScreen />} />
        <Route path="*" element={<NotFoundScreen />} />
      </Routes>
    </BrowserRouter>
  );
}
