import { ContentLanguage } from '../../components/contentLanguage';
import { useLocation, useParams } from '../../router/Router';
import type { Handshake } from '@samenspel/shared';
import { ConnectionIndicator } from '../../components/ConnectionIndicator';
import { fixedIdentity, useRoomConnection } from '../../hooks/useRoomConnection';
import { refusalKey } from '../../i18n/errors';
import { useT } from '../../i18n/useT';
import { keyFromHash } from '../../net/storage';
import { useRoomStore } from '../../state/roomStore';
import { PresenterEnded } from './PresenterEnded';
import { PresenterLobby } from './PresenterLobby';
import { PresenterRunning } from './PresenterRunning';
import { PresenterResting } from './PresenterResting';
import './presenter.css';

/** Route /present/:roomId#key=...: the projector. Read-only, public content only. */
export function PresenterScreen() {
  const t = useT();
  const { roomId = '' } = useParams();
  const key = keyFromHash(useLocation().hash);
  const auth: Handshake | null = key === null ? null : { v: 1, role: 'presenter', roomId, key };
  useRoomConnection(fixedIdentity(auth));
  const view = useRoomStore((state) => state.view);
  const refusal = useRoomStore((state) => state.refusal);
  const shown = view?.role === 'presenter' && view.room.roomId === roomId ? view : null;

  let content;
  if (key === null) {
    content = <h1 className="presenter__message">{t('presenter.noKey')}</h1>;
  } else if (refusal !== null) {
    content = (
      <h1 className="presenter__message" data-testid="connect-refused" data-reason={refusal}>
        {refusal === 'unauthorized' || refusal === 'invalid_token'
          ? t('presenter.refused')
          : t(refusalKey(refusal))}
      </h1>
    );
  } else if (shown === null) {
    content = (
      <h1 className="presenter__message quiet-heading" aria-busy="true">
        {t('common.loading')}
      </h1>
    );
  } else if (shown.room.status === 'ended') {
    content = <PresenterEnded view={shown} />;
  } else if (shown.room.status === 'running' && shown.room.meeting?.restingSince != null) {
    content = <PresenterResting view={shown} />;
  } else if (shown.room.status === 'running' && shown.block) {
    content = <PresenterRunning view={shown} block={shown.block} />;
  } else {
    content = <PresenterLobby view={shown} presenterKey={key} />;
  }

  return (
    <main
      className="presenter presenter--projector"
      data-testid="room-status"
      data-status={shown?.room.status ?? 'unknown'}
    >
      <ContentLanguage.Provider value={shown?.room.language}>{content}</ContentLanguage.Provider>
      {key !== null ? (
        <div className="presenter__connection">
          <ConnectionIndicator />
        </div>
      ) : null}
    </main>
  );
}
