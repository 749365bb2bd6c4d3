import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ConsoleScreen } from './screens/facilitator/ConsoleScreen';
import { FacilitatorHome } from './screens/facilitator/FacilitatorHome';
import { LandingScreen } from './screens/LandingScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { ParticipantScreen } from './screens/participant/ParticipantScreen';
import { PresenterScreen } from './screens/presenter/PresenterScreen';

// The trainer's library and replay are loaded when first opened: phones never download them.
const LibraryScreen = lazy(() =>
  import('./screens/library/LibraryScreen').then((m) => ({ default: m.LibraryScreen })),
);
const ReplayScreen = lazy(() =>
  import('./screens/replay/ReplayScreen').then((m) => ({ default: m.ReplayScreen })),
);

/** The routes; their paths match PATHS in @samenspel/shared. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<LandingScreen />} />
        <Route path="/j/:code" element={<ParticipantScreen />} />
        <Route path="/facilitator" element={<FacilitatorHome />} />
        <Route path="/facilitator/rooms/:roomId" element={<ConsoleScreen />} />
        <Route
          path="/facilitator/library"
          element={
            <Suspense fallback={null}>
              <LibraryScreen />
            </Suspense>
          }
        />
        <Route
          path="/facilitator/library/:roomId"
          element={
            <Suspense fallback={null}>
              <ReplayScreen />
            </Suspense>
          }
        />
        <Route path="/present/:roomId" element={<PresenterScreen />} />
        <Route path="*" element={<NotFoundScreen />} />
      </Routes>
    </BrowserRouter>
  );
}
