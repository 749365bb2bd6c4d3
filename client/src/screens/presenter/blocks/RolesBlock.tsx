import { PlainText } from '../../../components/PlainText';
import { useT } from '../../../i18n/useT';
import { FitBox } from '../FitBox';
import { ScreenText, hasScreenText } from '../ScreenText';
import type { BlockProps } from './types';

/**
 * A role play: the set-up, and every role card's name and public part with how many play it.
 * Only the public part: the private brief is not in the projection and has no place here.
 */
export function RolesBlock({ block, content, live }: BlockProps<'roles'>) {
  const t = useT();
  const counts = live.roleCounts;
  // A role play on the room's own case shows that case as its set-up.
  const screen =
    content.caseText ?? (hasScreenText(block.text, block.title, 'first') ? block.text : null);
  return (
    <div className={`stage-roles ${screen ? 'stage-roles--with-text' : ''}`}>
      {screen ? (
        <FitBox content={screen} className="stage-roles__setup" grow={1.3}>
          <ScreenText
            text={screen}
            title={block.title}
            headings="first"
            className="stage-text--large"
            testId="block-text"
          />
        </FitBox>
      ) : null}
      <section className="stage-roles__cast" aria-label={t('presenter.roles.cards')}>
        <p className="stage-roles__status" data-testid="presenter-roles-status">
          {t(counts ? 'presenter.roles.dealt' : 'presenter.roles.undealt')}
        </p>
        <FitBox content={[content.cards, counts]} className="stage-roles__box" grow={1.5}>
          <ul
            className="stage-cards"
            data-testid="presenter-roles"
            data-count={content.cards.length}
          >
            {content.cards.map((card) => {
              const count = counts?.[card.id] ?? 0;
              return (
                <li
                  key={card.id}
                  className={`stage-card ${counts && count === 0 ? 'stage-card--unplayed' : ''}`}
                  data-testid="presenter-role"
                  data-card-id={card.id}
                  data-count={count}
                >
                  <div className="stage-card__head">
                    <h3 className="stage-card__name">{card.name}</h3>
                    {counts ? (
                      <span className="stage-card__count">
                        {count > 0
                          ? t('presenter.roles.players', { count })
                          : t('presenter.roles.none')}
                      </span>
                    ) : null}
                  </div>
                  <PlainText text={card.public} className="stage-card__public" />
                </li>
              );
            })}
          </ul>
        </FitBox>
      </section>
    </div>
  );
}
