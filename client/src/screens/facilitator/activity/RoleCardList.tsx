import type { FacilitatorView, RoleCard } from '@samenspel/shared';
import { PlainText } from '../../../components/PlainText';
import { useT } from '../../../i18n/useT';
import { participantLabel } from './participantLabel';

interface RoleCardListProps {
  cards: readonly RoleCard[];
  /** participant id → card id, as dealt; null before dealing. */
  roles: Readonly<Record<string, string>> | null;
  participants: FacilitatorView['participants'];
}

/**
 * The cards of this round. The private brief is folded away: the facilitator may read it, but it
 * should not sit open on a laptop a player might glance at.
 */
export function RoleCardList({ cards, roles, participants }: RoleCardListProps) {
  const t = useT();
  return (
    <ul className="console-role-cards">
      {cards.map((card) => {
        const players = roles
          ? Object.entries(roles)
              .filter(([, cardId]) => cardId === card.id)
              .map(([participantId]) => participantLabel(participants, participantId, t))
          : [];
        return (
          <li
            key={card.id}
            className="console-role-card"
            data-testid="role-card"
            data-card-id={card.id}
            data-players={players.length}
          >
            <h4 className="console-role-card__name">{card.name}</h4>
            <PlainText text={card.public} className="console-role-card__public" />
            <details className="console-role-card__brief">
              <summary>{t('console.roles.brief')}</summary>
              <PlainText text={card.brief} className="console-role-card__brief-text" />
            </details>
            {roles ? (
              <p className="console-role-card__players small">
                {players.length > 0
                  ? t('console.roles.playedBy', { names: players.join(', ') })
                  : t('console.roles.nobody')}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
