import { useT } from '../../../i18n/useT';
import { FitBox } from '../FitBox';
import { ScreenText } from '../ScreenText';
import type { BlockProps } from './types';

/** Work in groups: the prompt, and once formed how many groups there are. Who is with whom is on the phones. */
export function GroupsBlock({ block, content, live }: BlockProps<'groups'>) {
  const t = useT();
  const count = live.groupCount;
  const size =
    content.size === 2 || content.size === 3
      ? t(`presenter.groups.size.${content.size}`)
      : t('presenter.groups.size.other', { size: content.size });
  return (
    <div className="stage-groups">
      <FitBox content={[content.prompt, block.text]} className="stage-groups__text">
        <h2 className="stage-question__text" data-testid="presenter-prompt">
          {content.prompt}
        </h2>
        {block.text ? (
          <ScreenText
            text={block.text}
            title={block.title}
            headings="all"
            question={content.prompt}
            className="stage-text--note"
          />
        ) : null}
      </FitBox>
      <div
        className={`stage-tile ${count === null ? 'stage-tile--pending' : ''}`}
        data-testid="presenter-groups"
        data-count={count ?? undefined}
        aria-live="polite"
      >
        <p className="stage-tile__big">
          {count === null ? t('presenter.groups.pending') : t('presenter.groups.count', { count })}
        </p>
        <p className="stage-tile__sub">{size}</p>
        {count !== null ? <p className="stage-tile__hint">{t('presenter.groups.phone')}</p> : null}
      </div>
    </div>
  );
}
