import type { ScenarioProblem } from './problems.js';

/**
 * A programme of several meetings (a two- or three-day training, the meetings of a leergang):
 * `meetings` lists them with their planned minutes, and each block says in which it falls
 * (`meeting`, from 1; a block without it is in the first). One room holds the whole cohort, so
 * the same people come back on the same phones (or through their return link), and between two
 * meetings the room rests.
 */

interface WithMeeting {
  meeting?: number | undefined;
  minutes: number;
}

interface MeetingProgramme {
  meetings?: ReadonlyArray<{ title: string; minutes: number }> | undefined;
  blocks: readonly WithMeeting[];
}

/** The meeting a block falls in, from 1. */
export function meetingOf(block: WithMeeting): number {
  return block.meeting ?? 1;
}

/** How many meetings the programme has: 1 for a programme of one sitting. */
export function meetingCount(programme: Pick<MeetingProgramme, 'meetings'>): number {
  return programme.meetings?.length ?? 1;
}

/** The index of the first block of `meeting`, or -1 when the programme has none in it. */
export function firstBlockOf(programme: MeetingProgramme, meeting: number): number {
  return programme.blocks.findIndex((block) => meetingOf(block) === meeting);
}

/** The block is the last one of its meeting. */
export function endsItsMeeting(programme: MeetingProgramme, index: number): boolean {
  const block = programme.blocks[index];
  const next = programme.blocks[index + 1];
  return block !== undefined && (next === undefined || meetingOf(next) !== meetingOf(block));
}

/**
 * Meetings in order, each with a block, each adding up to its own minutes; without `meetings`,
 * every block is in the one sitting.
 */
export function meetingProblems(programme: MeetingProgramme): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const count = meetingCount(programme);
  const minutes = new Array<number>(count).fill(0);
  let previous = 1;
  programme.blocks.forEach((block, index) => {
    const meeting = meetingOf(block);
    if (block.meeting !== undefined && programme.meetings === undefined) {
      problems.push({
        path: ['blocks', index, 'meeting'],
        message: 'this programme has one sitting: list its "meetings" at the top to use "meeting"',
      });
      return;
    }
    if (meeting > count) {
      problems.push({
        path: ['blocks', index, 'meeting'],
        message: `there are ${count} meetings; found meeting ${meeting}`,
      });
      return;
    }
    if (meeting < previous) {
      problems.push({
        path: ['blocks', index, 'meeting'],
        message: `meetings come in order: this block is in meeting ${meeting}, after a block of meeting ${previous}`,
      });
    }
    previous = Math.max(previous, meeting);
    minutes[meeting - 1]! += block.minutes;
  });
  programme.meetings?.forEach((planned, i) => {
    if (firstBlockOf(programme, i + 1) < 0) {
      problems.push({
        path: ['meetings', i],
        message: `meeting ${i + 1} ("${planned.title}") has no blocks: give blocks "meeting: ${i + 1}"`,
      });
    } else if (minutes[i] !== planned.minutes) {
      problems.push({
        path: ['meetings', i, 'minutes'],
        message: `the blocks of meeting ${i + 1} add up to ${minutes[i]} minutes; expected ${planned.minutes}`,
      });
    }
  });
  return problems;
}

/**
 * Where a block is, as every screen counts it: "3 of 12" in a programme of one sitting, and within
 * its own meeting in a programme of several (day two starts again at 1). `meeting` is the room's
 * `RoomInfo.meeting`, absent for one sitting.
 */
export function blockPosition(
  meeting: { firstBlock: number; blocks: number } | undefined,
  index: number,
  total: number,
): { n: number; m: number } {
  if (!meeting || index < meeting.firstBlock)
    return { n: index + 1, m: Math.max(total, index + 1) };
  const n = index - meeting.firstBlock + 1;
  return { n, m: Math.max(meeting.blocks, n) };
}
