import { memo, type ReactNode } from 'react';
import type { ParticipantSummary } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { Icon } from './Icon';

/** Buttons for one person (such as removing them), drawn at the end of their row. */
export type ParticipantRowActions = (participant: ParticipantSummary) => ReactNode;

interface ParticipantListProps {
  participants: ParticipantSummary[];
  /** Who answered the current block; null where that is not known or not to be known (anonymous). */
  answeredBy: readonly string[] | null;
  rowActions?: ParticipantRowActions;
}

/**
 * Who joined, in join order, with whether their phone is connected, dropped or gone, and who
 * already answered the question on screen.
 */
export function ParticipantList({ participants, answeredBy, rowActions }: ParticipantListProps) {
  const t = useT();
  if (participants.length === 0) return <p className="muted">{t('console.noParticipants')}</p>;
  const answered = new Set(answeredBy ?? []);
  return (
    <ul className="participant-list" data-testid="participant-list">
      {participants.map((participant) => (
        <ParticipantRow
          key={participant.id}
          id={participant.id}
          name={participant.name}
          presence={participant.presence}
          answered={answered.has(participant.id)}
          actions={rowActions?.(participant)}
        />
      ))}
    </ul>
  );
}

interface ParticipantRowProps {
  id: string;
  name: string | null;
  presence: ParticipantSummary['presence'];
  answered: boolean;
  /** A new element each update, so a row with actions is drawn again; rows without stay as they were. */
  actions?: ReactNode;
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
  actions,
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
        {answered ? (
          <span className="console-answered-mark" data-testid="participant-answered">
            <Icon name="check" /> {t('console.participants.answered')}
          </span>
        ) : null}
        <span className={`presence presence--${presence}`}>
          <span className="presence__dot" aria-hidden="true" />
          {t(`presence.${presence}`)}
        </span>
        {actions ?? null}
      </span>
    </li>
  );
});
