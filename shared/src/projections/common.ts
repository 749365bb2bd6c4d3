import type { Block } from '../scenario/schema.js';
import type { RoomState } from '../room/state.js';
import type { BlockView, Headcount, RoomInfo } from '../protocol/views.js';

export function roomInfo(state: RoomState): RoomInfo {
  return {
    roomId: state.roomId,
    code: state.code,
    title: state.scenario.title,
    groupName: state.groupName,
    status: state.status,
    createdAt: state.createdAt,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
  };
}

export function currentBlock(state: RoomState): { block: Block; index: number } | null {
  if (state.currentBlockIndex === null || state.status !== 'running') return null;
  const block = state.scenario.blocks[state.currentBlockIndex];
  return block ? { block, index: state.currentBlockIndex } : null;
}

/** The public face of a block, with the text meant for one screen. Never the facilitator notes. */
export function blockView(block: Block, index: number, text: string | undefined): BlockView {
  return {
    index,
    id: block.id,
    title: block.title,
    kind: block.kind,
    minutes: block.minutes,
    text: text ?? null,
    perspective: block.kind === 'casus' ? block.perspective : null,
  };
}

export function headcount(state: RoomState): Headcount {
  let members = 0;
  let connected = 0;
  for (const id of state.participantOrder) {
    const presence = state.participants[id]?.presence;
    if (presence !== 'left') members++;
    if (presence === 'connected') connected++;
  }
  return { members, connected };
}
