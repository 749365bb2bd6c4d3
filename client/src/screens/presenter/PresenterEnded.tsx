import type { PresenterView } from '@samenspel/shared';
import { useT } from '../../i18n/useT';

/** The closing screen: a warm thank-you, the day it was, and leave to close the phones. */
export function PresenterEnded({ view }: { view: PresenterView }) {
  const t = useT();
  const members = view.headcount.members;
  return (
    <div className="ended">
      <span className="ended__types" aria-hidden="true">
        <span className="ended__type ended__type--bureaucraat" />
        <span className="ended__type ended__type--ondernemer" />
        <span className="ended__type ended__type--verbinder" />
      </span>
      <h1 className="ended__heading" data-testid="presenter-ended">
        {t('presenter.ended')}
      </h1>
      <p className="ended__lead">{t('presenter.ended.lead')}</p>
      <p className="ended__hint">{t('presenter.endedHint')}</p>
      <p className="ended__meta">
        <span>{view.room.title}</span>
        {members > 0 ? <span>{t('presenter.ended.people', { count: members })}</span> : null}
      </p>
      <p className="ended__close">{t('presenter.ended.close')}</p>
    </div>
  );
}
