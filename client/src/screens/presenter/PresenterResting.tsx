import type { PresenterView } from '@samenspel/shared';
import { useT } from '../../i18n/useT';

/** Between two meetings: the day is done, when the group meets again, and keep the return link. */
export function PresenterResting({ view }: { view: PresenterView }) {
  const t = useT();
  const meeting = view.room.meeting;
  if (!meeting) return null;
  return (
    <div className="ended">
      <span className="ended__types" aria-hidden="true">
        <span className="ended__type ended__type--bureaucraat" />
        <span className="ended__type ended__type--ondernemer" />
        <span className="ended__type ended__type--verbinder" />
      </span>
      <h1 className="ended__heading" data-testid="presenter-resting">
        {t('presenter.rest.title', { title: meeting.title })}
      </h1>
      {meeting.next !== null ? (
        <p className="ended__lead">{t('presenter.rest.next', { next: meeting.next })}</p>
      ) : null}
      <p className="ended__close">{t('presenter.rest.hint')}</p>
    </div>
  );
}
