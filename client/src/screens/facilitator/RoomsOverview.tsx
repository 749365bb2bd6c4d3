import { useState } from 'react';
import { Link } from '../../router/Router';
import { formatJoinCode, PATHS, type RoomSummary } from '@samenspel/shared';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/useT';
import { NewRoomForm } from './NewRoomForm';
import { RoomList } from './RoomList';
import { useFacilitatorData } from './useFacilitatorData';

interface RoomsOverviewProps {
  token: string;
  onUnauthorized: () => void;
  onSignOut: () => void;
}

/** The facilitator's home: start a new room from a scenario, or pick up an existing one. */
export function RoomsOverview({ token, onUnauthorized, onSignOut }: RoomsOverviewProps) {
  const t = useT();
  const { scenarios, rooms, failed, reload, addRoom, replaceRoom } = useFacilitatorData(
    token,
    onUnauthorized,
  );
  const [created, setCreated] = useState<RoomSummary | null>(null);

  return (
    <Page
      wide
      aside={
        <button
          type="button"
          className="button button--quiet"
          onClick={onSignOut}
          data-testid="sign-out"
        >
          {t('facilitator.logout')}
        </button>
      }
    >
      <h1>{t('facilitator.title')}</h1>
      {failed ? (
        <div className="notice notice--error" role="alert">
          <span>{t('facilitator.loadFailed')}</span>
          <button type="button" className="button button--secondary" onClick={reload}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      <section className="panel" aria-labelledby="new-room-heading">
        <h2 id="new-room-heading">{t('facilitator.newRoom')}</h2>
        <p>
          <Link to={PATHS.studio} data-testid="studio-link">
            {t('studio.list.link')}
          </Link>
        </p>
        {scenarios === null ? (
          <p>{t('common.loading')}</p>
        ) : (
          <NewRoomForm
            token={token}
            scenarios={scenarios}
            onUnauthorized={onUnauthorized}
            onCreated={(room) => {
              setCreated(room);
              addRoom(room);
            }}
          />
        )}
        <div aria-live="polite">
          {created ? (
            <p
              className="notice notice--ok"
              data-testid="room-created"
              data-room-id={created.roomId}
              data-code={created.code}
            >
              <span>{t('facilitator.created', { code: formatJoinCode(created.code) })}</span>
              <Link
                className="button button--primary"
                to={PATHS.console(created.roomId)}
                data-testid="room-created-console-link"
              >
                {t('facilitator.openConsole')}
              </Link>
            </p>
          ) : null}
        </div>
      </section>
      <section className="panel" aria-labelledby="rooms-heading">
        <h2 id="rooms-heading">{t('facilitator.rooms')}</h2>
        <p>
          <Link to={PATHS.library} data-testid="library-link">
            {t('library.link')}
          </Link>
        </p>
        {rooms === null ? (
          <p>{t('common.loading')}</p>
        ) : (
          <RoomList
            rooms={rooms}
            token={token}
            onRenewed={replaceRoom}
            onUnauthorized={onUnauthorized}
          />
        )}
      </section>
    </Page>
  );
}
