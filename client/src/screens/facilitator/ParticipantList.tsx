import type { ParticipantSummary } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { Icon } from './Icon';

interface ParticipantListProps {
  participants: ParticipantSummary[];
  /** Who answered the current block; null where that is not known or not to be known (anonymous). */
  answeredBy: readonly string[] | null;
}

/**
 * Who joined, in join order, with whether their phone is connected, dropped or gone, and who
 * already answered the question on screen.
 */
export function ParticipantList({ participants, answeredBy }: ParticipantListProps) {
  const t = useT();
  if (participants.length === 0) return <p className="muted">{t('console.noParticipants')}</p>;
  const answered = new Set(answeredBy ?? []);
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
          <span className="console-participant-marks">
            {answered.has(participant.id) ? (
              <span className="console-answered-mark" data-testid="participant-answered">
                <Icon name="check" /> {t('console.participants.answered')}
              </span>
            ) : null}
            <span className={`presence presence--${participant.presence}`}>
              <span className="presence__dot" aria-hidden="true" />
              {t(`presence.${participant.presence}`)}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
