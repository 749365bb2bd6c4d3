import type { CreateRoomRequest, ProgrammeSummary } from '@samenspel/shared';

/**
 * What the new-session form's one select holds: a template by its scenario id as before (so the
 * old values stay valid), an own programme under a prefix no scenario id can have.
 */
const OWN = 'own:';

export const ownChoice = (programme: ProgrammeSummary) => `${OWN}${programme.id}`;

/** Only a programme whose latest version passes the checker can start a session. */
export const canStartSession = (programme: ProgrammeSummary) => programme.latest.problemCount === 0;

export function ownOf(
  choice: string,
  own: readonly ProgrammeSummary[],
): ProgrammeSummary | undefined {
  return choice.startsWith(OWN) ? own.find((p) => ownChoice(p) === choice) : undefined;
}

/** The room request for a choice: a template's scenario, or an own programme's latest version. */
export function roomRequest(
  choice: string,
  own: readonly ProgrammeSummary[],
  groupName: string,
): CreateRoomRequest | null {
  const group = groupName.length > 0 ? { groupName } : {};
  if (!choice.startsWith(OWN)) return choice === '' ? null : { scenarioId: choice, ...group };
  const programme = ownOf(choice, own);
  if (!programme) return null;
  return { programme: { id: programme.id, version: programme.latest.version }, ...group };
}
