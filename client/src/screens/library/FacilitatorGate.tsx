import { useCallback, useState, type ReactNode } from 'react';
import { facilitatorSession, type FacilitatorSession } from '../../net/storage';
import { LoginScreen } from '../facilitator/LoginScreen';

export interface SignedIn {
  token: string;
  /** Forgets the session, for a 401 or the sign-out button: the login form comes back. */
  signOut: () => void;
}

/**
 * The library and its replays are the trainer's alone: without a session the passphrase form
 * stands in their place, and the page appears where it was once signed in.
 */
export function FacilitatorGate({ children }: { children: (session: SignedIn) => ReactNode }) {
  const [session, setSession] = useState<FacilitatorSession | null>(() => facilitatorSession.get());
  const signOut = useCallback(() => {
    facilitatorSession.forget();
    setSession(null);
  }, []);
  if (session === null) {
    return (
      <LoginScreen
        onSignedIn={(signedIn) => {
          facilitatorSession.set(signedIn);
          setSession(signedIn);
        }}
      />
    );
  }
  return children({ token: session.token, signOut });
}
