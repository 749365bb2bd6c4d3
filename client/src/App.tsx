import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ConsoleScreen } from './screens/facilitator/ConsoleScreen';
import { FacilitatorHome } from './screens/facilitator/FacilitatorHome';
import { LandingScreen } from './screens/LandingScreen';
import { LibraryScreen } from './screens/library/LibraryScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { ParticipantScreen } from './screens/participant/ParticipantScreen';
import { PresenterScreen } from './screens/presenter/PresenterScreen';
import { ReplayScreen } from './screens/replay/ReplayScreen';

/** The routes; their paths match PATHS in @samenspel/shared. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<LandingScreen />} />
        <Route path="/j/:code" element={<ParticipantScreen />} />
        <Route path="/facilitator" element={<FacilitatorHome />} />
        <Route path="/facilitator/rooms/:roomId" element={<ConsoleScreen />} />
        <Route path="/facilitator/library" element={<LibraryScreen />} />
        <Route path="/facilitator/library/:roomId" element={<ReplayScreen />} />
        <Route path="/present/:roomId" element={<PresenterScreen />} />
        <Route path="*" element={<NotFoundScreen />} />
      </Routes>
    </BrowserRouter>
  );
}
