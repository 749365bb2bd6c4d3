import type { RoomState } from '../room/state.js';
import type { PresenterView } from '../protocol/views.js';
import { blockView, currentBlock, headcount, roomInfo } from './common.js';

/** The projector: public only. No names, no notes, no phone texts. */
export function projectForPresenter(state: RoomState): PresenterView {
  const current = currentBlock(state);
  return {
    role: 'presenter',
    room: roomInfo(state),
    block: current ? blockView(current.block, current.index, current.block.screen) : null,
    blockCount: state.scenario.blocks.length,
    timer: current ? state.timer : null,
    headcount: headcount(state),
  };
}
