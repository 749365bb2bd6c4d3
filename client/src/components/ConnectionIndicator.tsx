import { useT } from '../i18n/useT';
import { useRoomStore } from '../state/roomStore';

/** Online, reconnecting or offline, plus how many commands still wait to go out. */
export function ConnectionIndicator() {
  const t = useT();
  const status = useRoomStore((state) => state.status);
  const pending = useRoomStore((state) => state.pending.length);
  return (
    <div
      role="status"
      className={`connection connection--${status}`}
      data-testid="connection-status"
      data-status={status}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span>{t(`connection.${status}`)}</span>
      {pending > 0 && status !== 'online' ? (
        <span className="connection__pending">{t('connection.pending', { count: pending })}</span>
      ) : null}
    </div>
  );
}
