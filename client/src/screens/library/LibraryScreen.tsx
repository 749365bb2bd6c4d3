import { FacilitatorGate } from './FacilitatorGate';
import { LibraryPage } from './LibraryPage';

/** Route /facilitator/library: the trainer's sessions, behind the passphrase. */
export function LibraryScreen() {
  return (
    <FacilitatorGate>
      {(session) => <LibraryPage token={session.token} onUnauthorized={session.signOut} />}
    </FacilitatorGate>
  );
}
