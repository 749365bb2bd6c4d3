import { memo } from 'react';
import type { ParticipantSummary } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { Icon } from './Icon';

interface ParticipantListProps {
  participants: ParticipantSummary[];
  /** Who answered the current block; null where that is not known or not to be known (anonymous). */
  answeredBy: readonly string[] | null;
  /** Who of them finished it (a whole scale or list); the others are still busy. */
  completeBy: readonly string[] | null;
}

/**
 * Who joined, in join order, with whether their phone is connected, dropped or gone, and who
 * finished the question on screen or is still busy with it.
 */
export function ParticipantList({ participants, answeredBy, completeBy }: ParticipantListProps) {
  const t = useT();
  if (participants.length === 0) return <p className="muted">{t('console.noParticipants')}</p>;
  const answered = new Set(answeredBy ?? []);
  const complete = new Set(completeBy ?? []);
  return (
    <ul className="participant-list" data-testid="participant-list">
      {participants.map((participant) => (
        <ParticipantRow
          key={participant.id}
          id={participant.id}
          name={participant.name}
          presence={participant.presence}
          answered={
            complete.has(participant.id)
              ? 'complete'
              : answered.has(participant.id)
                ? 'started'
                : null
          }
        />
      ))}
    </ul>
  );
}

interface ParticipantRowProps {
  id: string;
  name: string | null;
  presence: ParticipantSummary['presence'];
  answered: 'complete' | 'started' | null;
}

/**
 * One person. Every update of the room brings a new list (and a replayed moment a new copy of
 * it); compared by its plain values, a row of 220 that did not change is not drawn again.
 */
const ParticipantRow = memo(function ParticipantRow({
  id,
  name,
  presence,
  answered,
}: ParticipantRowProps) {
  const t = useT();
  return (
    <li
      className={`participant-row participant-row--${presence}`}
      data-testid="participant-row"
      data-participant-id={id}
      data-presence={presence}
    >
      <span className="participant-row__name" data-testid="participant-name">
        {name ?? <em>{t('console.anonymous')}</em>}
      </span>
      <span className="console-participant-marks">
        {answered === 'complete' ? (
          <span className="console-answered-mark" data-testid="participant-answered">
            <Icon name="check" /> {t('console.participants.answered')}
          </span>
        ) : answered === 'started' ? (
          <span
            className="console-answered-mark console-answered-mark--started"
            data-testid="participant-started"
          >
            {t('console.participants.started')}
          </span>
        ) : null}
        <span className={`presence presence--${presence}`}>
          <span className="presence__dot" aria-hidden="true" />
          {t(`presence.${presence}`)}
        </span>
      </span>
    </li>
  );
});
