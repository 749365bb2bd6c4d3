import { firstBlockOf, meetingOf } from '../scenario/meetings.js';
import type { Block } from '../scenario/schema.js';
import { isMember, type BlockRun, type RoomState } from '../room/state.js';
import { emptyRun } from '../room/reducer.js';
import type { BlockView, Headcount, RoomInfo, RoundResults } from '../protocol/views.js';
import { resultsOf } from '../results/tally.js';
import { chosenCases } from '../blocks/practice-cases.js';
import { blockContent, perspectiveBefore, questionRounds } from './content.js';

/**
 * `a.localeCompare(b)`, with one collator made once: localeCompare without locales or options
 * compares as `new Intl.Collator()` does (ECMA-402), but makes that collator at every call.
 */
export const byLocale: (a: string, b: string) => number = new Intl.Collator().compare;

export function roomInfo(state: RoomState): RoomInfo {
  return {
    roomId: state.roomId,
    code: state.code,
    title: state.scenario.title,
    language: state.scenario.language,
    groupName: state.groupName,
    status: state.status,
    createdAt: state.createdAt,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    joinsClosedAt: state.joinsClosedAt,
    ...meetingInfo(state),
  };
}

function meetingInfo(state: RoomState): Pick<RoomInfo, 'meeting'> {
  const meetings = state.scenario.meetings;
  if (!meetings) return {};
  return {
    meeting: {
      number: state.meeting,
      count: meetings.length,
      title: meetings[state.meeting - 1]?.title ?? '',
      restingSince: state.restingSince,
      next: meetings[state.meeting]?.title ?? null,
      firstBlock: firstBlockOf(state.scenario, state.meeting),
      blocks: state.scenario.blocks.filter((block) => meetingOf(block) === state.meeting).length,
    },
  };
}

export function currentBlock(state: RoomState): { block: Block; index: number } | null {
  if (state.currentBlockIndex === null || state.status !== 'running') return null;
  // Between meetings no block is on screen: the phones and the projector show the rest.
  if (state.restingSince !== null) return null;
  const block = state.scenario.blocks[state.currentBlockIndex];
  return block ? { block, index: state.currentBlockIndex } : null;
}

export function runOf(state: RoomState, blockId: string): BlockRun {
  return state.runs[blockId] ?? emptyRun();
}

/** The public face of a block, with the text meant for one screen. Never the facilitator notes. */
export function blockView(
  state: RoomState,
  block: Block,
  index: number,
  text: string | undefined,
): BlockView {
  return {
    index,
    id: block.id,
    title: block.title,
    kind: block.kind,
    minutes: block.minutes,
    text: text ?? null,
    perspective: block.kind === 'casus' ? block.perspective : null,
    content: blockContent(
      { blocks: state.scenario.blocks, case: state.scenario.case, chosenCases: chosenCases(state) },
      block,
    ),
  };
}

/** The rounds of the question at `index`; `onlyRevealed` for the projector. */
export function roundsAt(state: RoomState, index: number, onlyRevealed: boolean): RoundResults[] {
  return questionRounds(state.scenario, index)
    .filter(({ block }) => !onlyRevealed || runOf(state, block.id).revealed)
    .map(({ block, index: i }) => ({
      blockId: block.id,
      title: block.title,
      perspective: perspectiveBefore(state.scenario, i),
      results: resultsOf(block, runOf(state, block.id)),
    }));
}

export function headcount(state: RoomState): Headcount {
  let members = 0;
  let connected = 0;
  for (const id of state.participantOrder) {
    const participant = state.participants[id];
    if (isMember(participant)) members++;
    if (participant?.presence === 'connected') connected++;
  }
  return { members, connected };
}
