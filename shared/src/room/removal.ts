import type { RoomEvent } from './events.js';
import type { BlockRun, RoomState } from './state.js';
import { anonymousBlockIds } from './anonymous.js';
import { ownRecord, type FoldDraft } from './fold-draft.js';

type Removal = Extract<RoomEvent, { type: 'participant_removed' }>;

/**
 * The one place where a removed participant's answers leave the results: the state drops them
 * from every block (answers, the answer order, their reflections and how those were moderated,
 * their role card, their place in a group). Every tally, profile, console, projector, report and
 * CSV export is made from this state, so none of them needs a rule of its own. The log keeps
 * both the answers and the removal, so a replay shows them until the moment of removal.
 *
 * Reflections in anonymous blocks stay: were they to vanish at the removal, the console, a replay
 * or an exported log would show whose they were. A facilitator hides such a text by moderating
 * it. So every answer that goes is filed under the participant's own id, in any log.
 */
export function withoutRemoved(state: RoomState, event: Removal, draft?: FoldDraft): RoomState {
  const { participantId } = event;
  const anonymous = anonymousBlockIds(state);
  let runs = state.runs;
  for (const [blockId, run] of Object.entries(state.runs)) {
    const answered = !anonymous.has(blockId) && run.answers[participantId] !== undefined;
    const inRoles = run.roles !== null && run.roles[participantId] !== undefined;
    const inGroups = run.groups?.some((group) => group.includes(participantId)) ?? false;
    if (!answered && !inRoles && !inGroups) continue;
    if (runs === state.runs) runs = ownRecord(state.runs, draft);
    runs[blockId] = runWithout(run, answered, participantId);
  }
  return runs === state.runs ? state : { ...state, runs };
}

/** A new run without the participant: their answer (when it goes), role card and group place. */
function runWithout(run: BlockRun, answered: boolean, participantId: string): BlockRun {
  let { answers, answerOrder, reflectionIds, moderation } = run;
  if (answered) {
    answers = ownRecord(answers, undefined);
    delete answers[participantId];
    answerOrder = answerOrder.filter((author) => author !== participantId);
    const id = reflectionIds[participantId];
    if (id !== undefined) {
      reflectionIds = ownRecord(reflectionIds, undefined);
      delete reflectionIds[participantId];
      moderation = ownRecord(moderation, undefined);
      delete moderation[id];
    }
  }
  let roles = run.roles;
  if (roles !== null && roles[participantId] !== undefined) {
    roles = ownRecord(roles, undefined);
    delete roles[participantId];
  }
  // A group keeps its place (and number) when it empties, so nobody else's group is renumbered.
  const groups =
    run.groups?.map((group) =>
      group.includes(participantId) ? group.filter((id) => id !== participantId) : group,
    ) ?? null;
  return { ...run, answers, answerOrder, reflectionIds, moderation, roles, groups };
}
