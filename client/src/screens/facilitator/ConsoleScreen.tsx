import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from '../../router/Router';
import { PATHS, type Handshake } from '@samenspel/shared';
import { Page } from '../../components/Page';
import { fixedIdentity, useRoomConnection } from '../../hooks/useRoomConnection';
import { refusalKey } from '../../i18n/errors';
import { useT } from '../../i18n/useT';
import { facilitatorSession, keyFromHash } from '../../net/storage';
import { useRoomStore } from '../../state/roomStore';
import { Console } from './Console';

/** Refusals that mean the session token is no longer any good. */
const SESSION_REFUSED = new Set(['unauthorized', 'invalid_token']);

/**
 * Route /facilitator/rooms/:roomId. The key is the room's facilitator key from a
 * co-facilitator link (#key=...) or else the signed-in session token.
 */
export function ConsoleScreen() {
  const t = useT();
  const { roomId = '' } = useParams();
  const { hash } = useLocation();
  const hashKey = keyFromHash(hash);
  const [sessionToken, setSessionToken] = useState(() => facilitatorSession.get()?.token ?? null);
  const key = hashKey ?? sessionToken;

  const auth: Handshake | null = key === null ? null : { v: 1, role: 'facilitator', roomId, key };
  const { send } = useRoomConnection(fixedIdentity(auth));
  const view = useRoomStore((state) => state.view);
  const refusal = useRoomStore((state) => state.refusal);

  useEffect(() => {
    if (hashKey === null && refusal !== null && SESSION_REFUSED.has(refusal)) {
      facilitatorSession.forget();
      setSessionToken(null);
    }
  }, [hashKey, refusal]);

  if (key === null) {
    return (
      <Page>
        <h1 data-testid="console-no-key">{t('console.noKey')}</h1>
        <p>
          <Link
            to={`${PATHS.facilitatorHome}?next=${encodeURIComponent(PATHS.console(roomId))}`}
            className="button button--primary"
            data-testid="console-login-link"
          >
            {t('console.login')}
          </Link>
        </p>
      </Page>
    );
  }
  if (refusal !== null) {
    return (
      <Page>
        <h1 data-testid="connect-refused" data-reason={refusal}>
          {SESSION_REFUSED.has(refusal) ? t('console.refused') : t(refusalKey(refusal))}
        </h1>
        <p>
          <Link to={PATHS.facilitatorHome}>{t('console.back')}</Link>
        </p>
      </Page>
    );
  }
  if (view?.role === 'facilitator' && view.room.roomId === roomId) {
    return <Console view={view} send={send} />;
  }
  return (
    <Page>
      <h1 className="quiet-heading" aria-busy="true">
        {t('common.loading')}
      </h1>
    </Page>
  );
}
