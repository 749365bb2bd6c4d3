import { FacilitatorGate } from '../library/FacilitatorGate';
import { StudioListPage } from './list/StudioListPage';

/** Route /facilitator/studio: templates and the trainer's own programmes, behind the passphrase. */
export function StudioListScreen() {
  return (
    <FacilitatorGate>
      {(session) => <StudioListPage token={session.token} onUnauthorized={session.signOut} />}
    </FacilitatorGate>
  );
}
