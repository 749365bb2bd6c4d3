import type { ParticipantSummary } from '@samenspel/shared';
import { useT } from '../../i18n/useT';

/** Who joined, in join order, with whether their phone is connected, dropped or gone. */
export function ParticipantList({ participants }: { participants: ParticipantSummary[] }) {
  const t = useT();
  if (participants.length === 0) return <p className="muted">{t('console.noParticipants')}</p>;
  return (
    <ul className="participant-list" data-testid="participant-list">
      {participants.map((participant) => (
        <li
          key={participant.id}
          className={`participant-row participant-row--${participant.presence}`}
          data-testid="participant-row"
          data-participant-id={participant.id}
          data-presence={participant.presence}
        >
          <span className="participant-row__name" data-testid="participant-name">
            {participant.name ?? <em>{t('console.anonymous')}</em>}
          </span>
          <span className={`presence presence--${participant.presence}`}>
            <span className="presence__dot" aria-hidden="true" />
            {t(`presence.${participant.presence}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
