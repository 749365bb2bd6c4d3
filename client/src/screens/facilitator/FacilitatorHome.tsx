import { useState } from 'react';
import { useNavigate, useSearchParams } from '../../router/Router';
import { API, EmptyResponseSchema } from '@samenspel/shared';
import { apiRequest } from '../../net/http';
import { facilitatorSession, type FacilitatorSession } from '../../net/storage';
import { LoginScreen } from './LoginScreen';
import { RoomsOverview } from './RoomsOverview';

/** Route /facilitator: sign in with the passphrase, then the scenarios and rooms (or `?next=`). */
export function FacilitatorHome() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // Back to the console that sent us here; only our own console paths, never elsewhere.
  const next = search.get('next');
  const returnTo = next !== null && /^\/facilitator\/rooms\/[\w-]+$/.test(next) ? next : null;
  const [session, setSession] = useState<FacilitatorSession | null>(() => facilitatorSession.get());
  const forget = () => {
    facilitatorSession.forget();
    setSession(null);
  };
  // Signing out ends the token on the server too, so a copy of it (another tab, a shared
  // laptop's history) opens nothing afterwards; the browser forgets it whatever the answer.
  const signOut = async () => {
    if (session !== null) {
      await apiRequest(API.session, {
        method: 'DELETE',
        token: session.token,
        schema: EmptyResponseSchema,
      });
    }
    forget();
  };
  if (session === null) {
    return (
      <LoginScreen
        onSignedIn={(signedIn) => {
          facilitatorSession.set(signedIn);
          setSession(signedIn);
          if (returnTo !== null) navigate(returnTo);
        }}
      />
    );
  }
  return (
    <RoomsOverview token={session.token} onUnauthorized={forget} onSignOut={() => void signOut()} />
  );
}
