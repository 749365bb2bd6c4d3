import { useId } from 'react';
import { PlainText } from '../../../components/PlainText';
import { useT } from '../../../i18n/useT';
import { LockIcon } from './LockIcon';
import type { ActivityProps } from './types';
import { Waiting } from './Waiting';

type RolesBlockProps = Omit<ActivityProps<'roles'>, 'target'>;

/**
 * A role play: the participant's own card (the public part, then the private brief, marked as
 * theirs alone), or a calm wait until the cards are dealt; below, everyone's public parts.
 */
export function RolesBlock({ content, mine }: RolesBlockProps) {
  const t = useT();
  const id = useId();
  const role = mine.role;
  return (
    <div className="activity">
      {content.caseText ? (
        <section className="casus__case" aria-label={t('phone.casus.label')}>
          <PlainText text={content.caseText} testId="roles-case-text" />
        </section>
      ) : null}
      {role ? (
        <article
          className="role-card"
          data-testid="role-card"
          data-card-id={role.id}
          aria-labelledby={`${id}-name`}
        >
          <p className="role-card__eyebrow">{t('phone.roles.yours')}</p>
          <h2 id={`${id}-name`} className="role-card__name">
            {role.name}
          </h2>
          <h3 className="role-card__label">{t('phone.roles.public')}</h3>
          <PlainText text={role.public} className="role-card__public" />
          <section
            className="role-brief"
            data-testid="role-brief"
            aria-labelledby={`${id}-private`}
          >
            <h3 id={`${id}-private`} className="role-brief__label">
              <LockIcon />
              {t('phone.roles.private')}
            </h3>
            <p className="role-brief__hint">{t('phone.roles.privateHint')}</p>
            <PlainText text={role.brief} className="role-brief__text" />
          </section>
        </article>
      ) : (
        <Waiting
          title={t(mine.rolesDealt ? 'phone.roles.missed' : 'phone.roles.waiting')}
          hint={t(mine.rolesDealt ? 'phone.roles.missedHint' : 'phone.roles.waitingHint')}
          testId={mine.rolesDealt ? 'roles-missed' : 'roles-waiting'}
        />
      )}
      {content.cards.length > 0 ? (
        <details className="disclosure" data-testid="roles-all">
          <summary className="disclosure__summary">
            {t('phone.roles.all', { count: content.cards.length })}
          </summary>
          <ul className="role-list">
            {content.cards.map((card) => (
              <li key={card.id} data-testid="role-public" data-card-id={card.id}>
                <p className="role-list__name">{card.name}</p>
                <PlainText text={card.public} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
