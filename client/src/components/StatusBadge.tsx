import type { RoomInfo } from '@samenspel/shared';
import { useT } from '../i18n/useT';

/** Lobby, running or ended, as a small label. */
export function StatusBadge({
  status,
  resting = false,
}: {
  status: RoomInfo['status'];
  /** Between two meetings: running, but resting until the next one starts. */
  resting?: boolean;
}) {
  const t = useT();
  const shown = status === 'running' && resting ? 'resting' : status;
  return (
    <span
      className={`status status--${status}`}
      data-testid="room-status-badge"
      data-status={shown}
    >
      {t(`status.${shown}`)}
    </span>
  );
}
