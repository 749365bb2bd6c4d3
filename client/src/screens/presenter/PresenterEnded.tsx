import type { PresenterView } from '@samenspel/shared';
import { useT } from '../../i18n/useT';

/** The closing screen. */
export function PresenterEnded({ view }: { view: PresenterView }) {
  const t = useT();
  return (
    <div className="presenter__ended">
      <p className="presenter__eyebrow">{view.room.title}</p>
      <h1 className="presenter__heading" data-testid="presenter-ended">
        {t('presenter.ended')}
      </h1>
      <p className="presenter__lead">{t('presenter.endedHint')}</p>
    </div>
  );
}
