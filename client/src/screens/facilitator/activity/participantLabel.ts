import type { ParticipantSummary } from '@samenspel/shared';
import type { Translate } from '../../../i18n/useT';

/**
 * How the console names a participant: their name, or "Anonymous" with their place in the join
 * order, so two anonymous people can still be told apart in a table without guessing who they are.
 */
export function participantLabel(
  participants: readonly ParticipantSummary[],
  id: string,
  t: Translate,
): string {
  const at = participants.findIndex((p) => p.id === id);
  const participant = participants[at];
  if (!participant) return t('console.activity.unknownParticipant');
  return participant.name ?? t('console.activity.anonymousNumber', { n: at + 1 });
}
