import type { RoomEvent } from './events.js';
import type { BlockRun, RoomState } from './state.js';
import { ownRecord, type FoldDraft } from './fold-draft.js';
import { RoomLogError } from './log-error.js';

type Removal = Extract<RoomEvent, { type: 'participant_removed' }>;

/**
 * The one place where a removed participant's answers leave the results: the state drops them
 * from every block (answers, the answer order, their reflections and how those were moderated,
 * their role card, their place in a group). Every tally, profile, console, projector, report and
 * CSV export is made from this state, so none of them needs a rule of its own. The log keeps
 * both the answers and the removal, so a replay shows them until the moment of removal.
 *
 * An answer is found by the participant's id or, in an anonymous block of a redacted log where it
 * is filed under a stand-in, by the reflection id the event names.
 */
export function withoutRemoved(state: RoomState, event: Removal, draft?: FoldDraft): RoomState {
  const reflectionIds = new Set(event.reflectionIds);
  const found = new Set<string>();
  let runs = state.runs;
  for (const [blockId, run] of Object.entries(state.runs)) {
    const authors = authorsIn(run, event.participantId, reflectionIds);
    const inRoles = run.roles !== null && run.roles[event.participantId] !== undefined;
    const inGroups = run.groups?.some((group) => group.includes(event.participantId)) ?? false;
    if (authors.size === 0 && !inRoles && !inGroups) continue;
    for (const author of authors) {
      const id = run.reflectionIds[author];
      if (id !== undefined) found.add(id);
    }
    if (runs === state.runs) runs = ownRecord(state.runs, draft);
    runs[blockId] = runWithout(run, authors, event.participantId);
  }
  for (const id of reflectionIds) {
    if (!found.has(id)) throw new RoomLogError(`no reflection ${id} to remove`);
  }
  return runs === state.runs ? state : { ...state, runs };
}

/** The keys under which this participant's answers are filed in one block. */
function authorsIn(run: BlockRun, participantId: string, reflectionIds: Set<string>): Set<string> {
  const authors = new Set<string>();
  if (run.answers[participantId] !== undefined) authors.add(participantId);
  for (const [author, id] of Object.entries(run.reflectionIds)) {
    if (reflectionIds.has(id)) authors.add(author);
  }
  return authors;
}

/** A new run without these authors' answers and without the participant in roles or groups. */
function runWithout(run: BlockRun, authors: Set<string>, participantId: string): BlockRun {
  const answers = { ...run.answers };
  const reflectionIds = { ...run.reflectionIds };
  const moderation = { ...run.moderation };
  for (const author of authors) {
    delete answers[author];
    const id = reflectionIds[author];
    if (id !== undefined) delete moderation[id];
    delete reflectionIds[author];
  }
  let roles = run.roles;
  if (roles !== null && roles[participantId] !== undefined) {
    roles = { ...roles };
    delete roles[participantId];
  }
  // A group keeps its place (and number) when it empties, so nobody else's group is renumbered.
  const groups =
    run.groups?.map((group) =>
      group.includes(participantId) ? group.filter((id) => id !== participantId) : group,
    ) ?? null;
  return {
    ...run,
    answers,
    answerOrder: run.answerOrder.filter((author) => !authors.has(author)),
    reflectionIds,
    moderation,
    roles,
    groups,
  };
}
