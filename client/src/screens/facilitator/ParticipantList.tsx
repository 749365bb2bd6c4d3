import { memo } from 'react';
import type { ParticipantSummary } from '@samenspel/shared';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useT } from '../../i18n/useT';
import { Icon } from './Icon';

/** Buttons for one person (such as removing them), drawn at the end of their row. */

interface ParticipantListProps {
  participants: ParticipantSummary[];
  /** Who answered the current block; null where that is not known or not to be known (anonymous). */
  answeredBy: readonly string[] | null;
  /**
   * Takes a participant out of the session, after the row has asked once more. Left out (a
   * replay, an ended session), the rows have no button. Kept stable, so rows stay memoised.
   */
  onRemove?: (participantId: string) => void;
  /** Who of them finished it (a whole scale or list); the others are still busy. */
  completeBy: readonly string[] | null;
}

/**
 * Who joined, in join order, with whether their phone is connected, dropped or gone, and who
 * finished the question on screen or is still busy with it.
 */
export function ParticipantList({
  participants,
  answeredBy,
  completeBy,
  onRemove,
}: ParticipantListProps) {
  const t = useT();
  if (participants.length === 0) return <p className="muted">{t('console.noParticipants')}</p>;
  const answered = new Set(answeredBy ?? []);
  const complete = new Set(completeBy ?? []);
  const removed = participants.filter((p) => p.presence === 'removed').length;
  return (
    <>
      <ul className="participant-list" data-testid="participant-list">
        {participants.map((participant, index) => (
          <ParticipantRow
            key={participant.id}
            id={participant.id}
            number={index + 1}
            name={participant.name}
            presence={participant.presence}
            answered={
              complete.has(participant.id)
                ? 'complete'
                : answered.has(participant.id)
                  ? 'started'
                  : null
            }
            onRemove={onRemove}
          />
        ))}
      </ul>
      {removed > 0 ? (
        <p className="muted" data-testid="removed-count" data-count={removed}>
          {t('membership.removedCount', { count: removed })}
        </p>
      ) : null}
    </>
  );
}

interface ParticipantRowProps {
  id: string;
  /** Place in the join order, from 1: how an anonymous participant is told apart. */
  number: number;
  name: string | null;
  presence: ParticipantSummary['presence'];
  answered: 'complete' | 'started' | null;
  onRemove: ((participantId: string) => void) | undefined;
}

/**
 * One person. Every update of the room brings a new list (and a replayed moment a new copy of
 * it); compared by its plain values, a row of 220 that did not change is not drawn again.
 */
const ParticipantRow = memo(function ParticipantRow({
  id,
  number,
  name,
  presence,
  answered,
  onRemove,
}: ParticipantRowProps) {
  const t = useT();
  const who = name ?? t('console.activity.anonymousNumber', { n: number });
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
      {onRemove && presence !== 'removed' ? (
        <span className="participant-row__remove">
          <ConfirmButton
            label={t('membership.remove')}
            ariaLabel={t('membership.removeLabel', { name: who })}
            question={t('membership.removeQuestion', { name: who })}
            confirmLabel={t('membership.removeConfirm')}
            onConfirm={() => onRemove(id)}
            testId="participant-remove"
            className="button button--quiet participant-row__remove-button"
          />
        </span>
      ) : null}
    </li>
  );
});
