import type { Block } from '../scenario/schema.js';
import type { BlockRun, RoomState } from '../room/state.js';
import type {
  FacilitatorLive,
  FacilitatorRun,
  FacilitatorView,
  ParticipantSummary,
} from '../protocol/views.js';
import { resultsOf } from '../results/tally.js';
import { progressOf } from '../results/progress.js';
import { headcount, roomInfo, roundsAt, runOf } from './common.js';
import { isAnonymousBlock } from '../room/anonymous.js';
import { byLocale } from './common.js';
import { consoleCases } from './cases.js';

/**
 * Everything the facilitator may see: the whole programme with notes, every participant, live
 * results — but never who wrote an anonymous reflection.
 */
export function projectForFacilitator(state: RoomState): FacilitatorView {
  return { ...projectFacilitatorLive(state), scenario: state.scenario };
}

/** The facilitator's view without the programme: what each console update carries. */
export function projectFacilitatorLive(state: RoomState): FacilitatorLive {
  const participants: ParticipantSummary[] = [];
  for (const id of state.participantOrder) {
    const p = state.participants[id];
    if (p)
      participants.push({ id: p.id, name: p.name, presence: p.presence, joinedAt: p.joinedAt });
  }
  const runs: Record<string, FacilitatorRun> = {};
  state.scenario.blocks.forEach((block, index) => {
    if (state.runs[block.id] || index === state.currentBlockIndex) {
      runs[block.id] = facilitatorRun(state, block, runOf(state, block.id));
    }
  });
  return {
    role: 'facilitator',
    room: roomInfo(state),
    currentBlockIndex: state.currentBlockIndex,
    visits: state.visits,
    timer: state.timer,
    participants,
    headcount: headcount(state),
    runs,
    rounds: state.currentBlockIndex === null ? [] : roundsAt(state, state.currentBlockIndex, false),
  };
}

function facilitatorRun(state: RoomState, block: Block, run: BlockRun): FacilitatorRun {
  const anonymous = isAnonymousBlock(block);
  // A loop, not flatMap: replay projects every reflection block at each seek, and flatMap's
  // one-element arrays were a third of the console's projection in the bench's profile.
  const reflections: FacilitatorRun['reflections'] = [];
  if (block.kind === 'reflection') {
    for (const participantId of run.answerOrder) {
      const answer = run.answers[participantId];
      const id = run.reflectionIds[participantId];
      if (answer?.kind !== 'reflection' || !id) continue;
      const moderation = run.moderation[id] ?? { hidden: false, highlighted: false };
      const author = anonymous ? null : (state.participants[participantId]?.name ?? null);
      reflections.push({ id, text: answer.text, author, ...moderation });
    }
  }
  const { completeBy, ...progress } = progressOf(block, run);
  return {
    locked: run.locked,
    revealed: run.revealed,
    answered: run.answerOrder.length,
    progress,
    answeredBy: anonymous ? [] : run.answerOrder,
    completeBy: anonymous ? [] : completeBy,
    results: resultsOf(block, run),
    // Anonymous reflections are listed in a fixed order by id, not in the order people wrote.
    reflections: anonymous ? reflections.sort((a, b) => byLocale(a.id, b.id)) : reflections,
    roles: run.roles,
    groups: run.groups,
    cases: block.kind === 'practice' ? consoleCases(state, run) : null,
  };
}
