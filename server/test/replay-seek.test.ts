import { describe, expect, it } from 'vitest';
import {
  foldRoom,
  isSettled,
  newFoldDraft,
  ownRecord,
  projectForFacilitator,
  projectForPresenter,
  reduceRoom,
  ReplayIndex,
  settle,
  type RoomEvent,
} from '@samenspel/shared';
import { syntheticLog } from '../bench/synthetic-log.js';

/**
 * The bench's log, shortened, with what changes a finished block afterwards: a reveal, a
 * moderation and a removal (which takes the person's answers out of every block). Seeking in
 * any order must give the views a fresh fold gives, though the index remembers the results
 * of settled blocks.
 */
function benchLikeLog(): RoomEvent[] {
  const base = syntheticLog(4_000, 30);
  const cut = 2_600;
  const gone = 'p_3';
  const pollId = base.find(
    (e) => e.type === 'answer_submitted' && e.answer.kind === 'poll' && e.seq < cut,
  )!;
  const reflection = base.find(
    (e) => e.type === 'answer_submitted' && e.answer.kind === 'reflection' && e.seq < cut,
  );
  const extra = [
    { type: 'results_revealed', blockId: (pollId as { blockId: string }).blockId },
    ...(reflection?.type === 'answer_submitted' && reflection.reflectionId
      ? [
          {
            type: 'reflection_moderated',
            blockId: reflection.blockId,
            reflectionId: reflection.reflectionId,
            hidden: false,
            highlighted: true,
          },
        ]
      : []),
    { type: 'participant_removed', participantId: gone },
  ];
  const rest = base.slice(cut).filter((e) => !('participantId' in e) || e.participantId !== gone);
  const events = [
    ...base.slice(0, cut),
    ...extra.map((e) => ({ ...e, at: base[cut - 1]!.at, actor: { kind: 'facilitator' } })),
    ...rest,
  ];
  return events.map((e, i) => ({ ...e, seq: i + 1 }) as RoomEvent);
}

describe('ReplayIndex seeking in a bench-like log', () => {
  it('gives the views of a fresh fold at seqs asked in any order, again and again', () => {
    const log = benchLikeLog();
    const index = new ReplayIndex(log, 100);
    let seed = 11;
    const seqs: number[] = [];
    for (let i = 0; i < 120; i++) {
      seed = (seed * 48_271) % 2_147_483_647;
      seqs.push(1 + (seed % log.length));
    }
    // Around the snapshots and the events that change finished blocks, and back again.
    seqs.push(100, 101, 199, 200, 201, 2_600, 2_601, 2_602, 2_603, 2_604, 101, 2_601, log.length);
    for (const seq of [...seqs, ...seqs.reverse()]) {
      const fresh = foldRoom(log.slice(0, seq));
      const state = index.stateAt(seq);
      expect(state, `seq ${seq}`).toEqual(fresh);
      expect(projectForFacilitator(state), `seq ${seq}`).toEqual(projectForFacilitator(fresh));
      expect(projectForPresenter(state), `seq ${seq}`).toEqual(projectForPresenter(fresh));
    }
  });

  it('leaves every snapshot as it was while seeking folds on top of it', () => {
    const log = benchLikeLog();
    const index = new ReplayIndex(log, 100);
    const snapshot = index.stateAt(2_501);
    const copy = JSON.stringify(snapshot);
    for (let seq = 2_502; seq <= 2_700; seq++) index.stateAt(seq);
    expect(JSON.stringify(index.stateAt(2_501))).toBe(copy);
    expect(index.stateAt(2_501)).toBe(snapshot);
  });
});

describe('settled objects', () => {
  it('are the only ones remembered: a fold with a draft projected between events is seen anew', () => {
    // As the server's batch and the log check do: the draft writes into the answers it made.
    const log = benchLikeLog().slice(0, 1_500);
    const draft = newFoldDraft();
    let state = null as ReturnType<typeof foldRoom> | null;
    for (const [i, event] of log.entries()) {
      state = reduceRoom(state, event, draft);
      if (i % 7 !== 0) continue;
      const fresh = foldRoom(log.slice(0, i + 1));
      expect(projectForFacilitator(state), `seq ${event.seq}`).toEqual(
        projectForFacilitator(fresh),
      );
    }
  });

  it('are copied, not written into, even by the draft that made them', () => {
    const draft = newFoldDraft();
    const made = ownRecord({ a: 1 } as Record<string, number>, draft);
    expect(ownRecord(made, draft)).toBe(made);
    settle(made);
    expect(isSettled(made)).toBe(true);
    const next = ownRecord(made, draft);
    expect(next).not.toBe(made);
    expect(next).toEqual(made);
  });
});
