import type { ReactNode } from 'react';
import type { ParticipantSummary } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { ParticipantList, type ParticipantRowActions } from './ParticipantList';

interface PeoplePanelProps {
  participants: ParticipantSummary[];
  answeredBy: readonly string[] | null;
  /** Controls about who may come in, above the list (such as closing the doors). */
  tools?: ReactNode;
  /** Actions on one person, at the end of their row. */
  rowActions?: ParticipantRowActions;
  /** The moves on the session as a whole (such as ending it), below the list. */
  sessionActions?: ReactNode;
}

/**
 * Who is in, and what the facilitator can do about the session, in one panel: on a laptop it
 * sits under the agenda in the side column, its list scrolling on its own, so the end of the
 * session is always a glance away however many people joined.
 */
export function PeoplePanel({
  participants,
  answeredBy,
  tools,
  rowActions,
  sessionActions,
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
        className="console__scroll console__people-list"
        tabIndex={0}
        role="group"
        aria-label={t('console.participantsScroll')}
      >
        <ParticipantList
          participants={participants}
          answeredBy={answeredBy}
          rowActions={rowActions}
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
