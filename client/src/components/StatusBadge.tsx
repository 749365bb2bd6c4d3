import type { RoomInfo } from '@samenspel/shared';
import { useT } from '../i18n/useT';

/** Lobby, running or ended, as a small label. */
export function StatusBadge({ status }: { status: RoomInfo['status'] }) {
  const t = useT();
  return (
    <span
      className={`status status--${status}`}
      data-testid="room-status-badge"
      data-status={status}
    >
      {t(`status.${status}`)}
    </span>
  );
}
