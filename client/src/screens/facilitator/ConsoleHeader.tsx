import { Link } from '../../router/Router';
import { formatJoinCode, PATHS, type FacilitatorView } from '@samenspel/shared';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n/useT';

/**
 * The room at a glance: its name, the code to join with, its state and who is there. A replay
 * has its own way back, so it leaves out `showBack`.
 */
export function ConsoleHeader({
  view,
  showBack = true,
}: {
  view: FacilitatorView;
  showBack?: boolean;
}) {
  const t = useT();
  const { room } = view;
  return (
    <div className="console__header">
      {showBack ? (
        <p className="console__back">
          <Link to={PATHS.facilitatorHome}>← {t('console.back')}</Link>
        </p>
      ) : null}
      <div className="console__headline">
        <h1 data-testid="room-title">
          {room.title}
          {room.groupName ? <span className="muted"> · {room.groupName}</span> : null}
        </h1>
        <dl className="facts">
          <div>
            <dt>{t('console.joinCode')}</dt>
            <dd className="code code--large" data-testid="join-code" data-code={room.code}>
              {formatJoinCode(room.code)}
              {room.joinsClosedAt !== null ? (
                <span className="joins-closed-tag" data-testid="joins-closed-tag">
                  {t('membership.closedTag')}
                </span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t('console.status')}</dt>
            <dd data-testid="room-status" data-status={room.status}>
              <StatusBadge
                status={room.status}
                resting={(room.meeting?.restingSince ?? null) !== null}
              />
            </dd>
          </div>
          <div>
            <dt>{t('console.participants')}</dt>
            <dd
              data-testid="headcount"
              data-connected={view.headcount.connected}
              data-members={view.headcount.members}
            >
              {t('console.headcount', {
                connected: view.headcount.connected,
                members: view.headcount.members,
              })}
            </dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
