import { Link } from '../../router/Router';
import { formatJoinCode, PATHS, type RoomSummary } from '@samenspel/shared';
import { CopyButton } from '../../components/CopyButton';
import { StatusBadge } from '../../components/StatusBadge';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { RenewLinks } from './RenewLinks';

interface RoomListProps {
  rooms: RoomSummary[];
  token: string;
  onRenewed: (room: RoomSummary) => void;
  onUnauthorized: () => void;
}
import { usePublicBase } from '../presenter/usePublicBase';

/** Every room, newest first, with its code and the links to run and to show it. */
export function RoomList({ rooms, token, onRenewed, onUnauthorized }: RoomListProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  // The address another laptop can open: not localhost when the server knows a better one.
  const { origin } = usePublicBase();
  if (rooms.length === 0) return <p>{t('facilitator.noRooms')}</p>;
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul className="room-list" data-testid="room-list">
      {rooms.map((room) => (
        <li
          key={room.roomId}
          className="room-list__item"
          data-testid="room-row"
          data-room-id={room.roomId}
          data-status={room.status}
        >
          <div className="room-list__head">
            <h3 className="room-list__title">
              {room.title}
              {room.groupName ? <span className="muted"> · {room.groupName}</span> : null}
            </h3>
            <StatusBadge status={room.status} />
          </div>
          <p className="room-list__meta">
            {t('facilitator.joinCode')}:{' '}
            <strong className="code" data-testid="room-code" data-code={room.code}>
              {formatJoinCode(room.code)}
            </strong>
            {' · '}
            {t('facilitator.participantCount', { count: room.participantCount })}
            {' · '}
            {t('facilitator.createdAt', { date: dateFormat.format(room.createdAt) })}
          </p>
          <p className="room-list__links">
            <Link
              className="button button--primary"
              to={PATHS.console(room.roomId)}
              data-testid="room-console-link"
            >
              {t('facilitator.openConsole')}
            </Link>
            <a
              className="button button--secondary"
              href={PATHS.presenter(room.roomId, room.presenterKey)}
              target="_blank"
              rel="noopener"
              data-testid="room-presenter-link"
            >
              {t('facilitator.openPresenter')}
            </a>
            <a
              className="button button--quiet"
              href={coFacilitatorPath(room)}
              data-testid="room-cofacilitator-link"
            >
              {t('facilitator.coFacilitatorLink')}
            </a>
            <CopyButton
              text={`${origin}${coFacilitatorPath(room)}`}
              label={t('facilitator.copyLink')}
              ariaLabel={t('facilitator.copyLinkLabel', { title: room.title })}
              testId="room-cofacilitator-copy"
            />
          </p>
          <RenewLinks
            room={room}
            token={token}
            onRenewed={onRenewed}
            onUnauthorized={onUnauthorized}
          />
        </li>
      ))}
    </ul>
  );
}

/** The console with the room's own key: for a second facilitator, without the passphrase. */
function coFacilitatorPath(room: RoomSummary): string {
  return `${PATHS.console(room.roomId)}#key=${encodeURIComponent(room.facilitatorKey)}`;
}
