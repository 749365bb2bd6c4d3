import type { RoomInfo } from '@samenspel/shared';
import type { SendCommand } from '../../hooks/useRoomConnection';
import { useT } from '../../i18n/useT';
import { useLanguage } from '../../i18n/language';
import { formatClockTime } from '../presenter/format';

interface JoinsControlProps {
  room: RoomInfo;
  send: SendCommand;
  /** A replay shows whether the room was closed, without the button. */
  readOnly?: boolean;
}

/**
 * Whether new participants may still join, and the one button that closes the room to them or
 * opens it again. Who already joined always gets back in, so closing is safe to do mid-session.
 */
export function JoinsControl({ room, send, readOnly = false }: JoinsControlProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const closedAt = room.joinsClosedAt;
  const closed = closedAt !== null;
  return (
    <div className="joins-control" data-testid="joins-state" data-open={!closed}>
      <p className="joins-control__state" role="status">
        {closed
          ? t('membership.closedSince', { time: formatClockTime(closedAt, language) })
          : t('membership.open')}
      </p>
      {closed ? <p className="muted joins-control__hint">{t('membership.closedHint')}</p> : null}
      {readOnly || room.status === 'ended' ? null : (
        <button
          type="button"
          className="button button--secondary"
          data-testid={closed ? 'joins-open' : 'joins-close'}
          onClick={() => void send({ type: closed ? 'joins.open' : 'joins.close' })}
        >
          {closed ? t('membership.reopen') : t('membership.close')}
        </button>
      )}
    </div>
  );
}
