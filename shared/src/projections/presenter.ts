import type { Block } from '../scenario/schema.js';
import type { RoomState } from '../room/state.js';
import type { PresenterLive, PresenterView } from '../protocol/views.js';
import { resultsOf } from '../results/tally.js';
import { progressOf } from '../results/progress.js';
import {
  blockView,
  byLocale,
  currentBlock,
  headcount,
  roomInfo,
  roundsAt,
  runOf,
} from './common.js';
import { screenCases } from './cases.js';
import { groupSizeOf } from '../blocks/registry.js';

/** The projector: public only. No names, no notes, no phone texts, results only once revealed. */
export function projectForPresenter(state: RoomState): PresenterView {
  const current = currentBlock(state);
  return {
    role: 'presenter',
    room: roomInfo(state),
    block: current ? blockView(state, current.block, current.index, current.block.screen) : null,
    blockCount: state.scenario.blocks.length,
    timer: current ? state.timer : null,
    headcount: headcount(state),
    live: current ? presenterLive(state, current.block, current.index) : null,
  };
}

function presenterLive(state: RoomState, block: Block, index: number): PresenterLive {
  const run = runOf(state, block.id);
  const highlighted: PresenterLive['highlighted'] = [];
  if (block.kind === 'reflection') {
    for (const participantId of run.answerOrder) {
      const answer = run.answers[participantId];
      const id = run.reflectionIds[participantId];
      const moderation = id ? run.moderation[id] : undefined;
      if (answer?.kind !== 'reflection' || !id || !moderation?.highlighted || moderation.hidden) {
        continue;
      }
      highlighted.push({ id, text: answer.text });
    }
    // A fixed order by opaque id, never the order in which people wrote.
    highlighted.sort((a, b) => byLocale(a.id, b.id));
  }
  let roleCounts: Record<string, number> | null = null;
  if (block.kind === 'roles' && run.roles) {
    roleCounts = {};
    for (const cardId of Object.values(run.roles))
      roleCounts[cardId] = (roleCounts[cardId] ?? 0) + 1;
  }
  const { complete, started } = progressOf(block, run);
  return {
    answered: run.answerOrder.length,
    progress: { complete, started },
    locked: run.locked,
    revealed: run.revealed,
    results: run.revealed ? resultsOf(block, run) : null,
    rounds: roundsAt(state, index, true),
    highlighted,
    roleCounts,
    groupCount: groupSizeOf(block) !== null && run.groups ? run.groups.length : null,
    cases: block.kind === 'practice' ? screenCases(run) : null,
  };
}
