import type { ReactNode } from 'react';
import type { ParticipantSummary } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { ParticipantList } from './ParticipantList';

interface PeoplePanelProps {
  participants: ParticipantSummary[];
  answeredBy: readonly string[] | null;
  /** Who of them finished the question on screen (a whole scale or list). */
  completeBy: readonly string[] | null;
  /** Controls about who may come in, above the list (such as closing the doors). */
  tools?: ReactNode;
  /** Takes someone out of the session, after their row asked once more; none in a replay. */
  onRemove?: (participantId: string) => void;
  /** The moves on the session as a whole (such as ending it), below the list. */
  sessionActions?: ReactNode;
  /** The list scrolls in a box of its own (the live console); a replay scrolls as a whole. */
  ownScroll?: boolean;
}

/**
 * Who is in, and what the facilitator can do about the session, in one panel: on a laptop it
 * sits under the agenda in the side column, its list scrolling on its own, so the end of the
 * session is always a glance away however many people joined.
 */
export function PeoplePanel({
  participants,
  answeredBy,
  completeBy,
  tools,
  onRemove,
  sessionActions,
  ownScroll = true,
}: PeoplePanelProps) {
  const t = useT();
  return (
    <section
      className="panel console__people"
      aria-labelledby="participants-heading"
      data-testid="people-panel"
    >
      <h2 id="participants-heading">{t('console.participants')}</h2>
      {tools ? <div className="console__people-tools">{tools}</div> : null}
      {/* Focusable, so a keyboard can scroll a long list that has no buttons of its own. */}
      <div
        className={ownScroll ? 'console__scroll console__people-list' : undefined}
        tabIndex={ownScroll ? 0 : undefined}
        role={ownScroll ? 'group' : undefined}
        aria-label={ownScroll ? t('console.participantsScroll') : undefined}
      >
        <ParticipantList
          participants={participants}
          answeredBy={answeredBy}
          completeBy={completeBy}
          onRemove={onRemove}
        />
      </div>
      {sessionActions ? (
        <div className="console__session-actions" data-testid="session-actions">
          {sessionActions}
        </div>
      ) : null}
    </section>
  );
}
