import { describe, expect, it } from 'vitest';
import {
  blockPosition,
  checkRoomLog,
  checkScenario,
  foldRoom,
  projectForParticipant,
  projectForPresenter,
  ScenarioSchema,
  type ScenarioInput,
} from '@samenspel/shared';
import { ANN, BRAM, LogBuilder, MIN, roomCreated, T0 } from './fixtures.js';

/** Two days, weeks apart: intentions on day one, looked back on at the start of day two. */
const twoDays: ScenarioInput = {
  id: 'twee-dagen',
  title: 'Twee dagen bestuurlijke sensitiviteit',
  minutes: 40,
  meetings: [
    { title: 'Dag 1: de drie typen', minutes: 25 },
    { title: 'Dag 2: de praktijk', minutes: 15 },
  ],
  blocks: [
    { id: 'welkom', kind: 'info', title: 'Welkom', minutes: 5 },
    {
      id: 'stellingen-1',
      kind: 'statements',
      title: 'Nulmeting',
      minutes: 10,
      items: [
        { id: 'b', text: 'Regels geven houvast.', type: 'bureaucraat' },
        { id: 'o', text: 'Ik zoek kansen op.', type: 'ondernemer' },
        { id: 'v', text: 'Ik breng mensen samen.', type: 'verbinder' },
      ],
    },
    {
      id: 'voornemens',
      kind: 'intentions',
      title: 'Voornemens',
      minutes: 10,
      prompt: 'Wat gaat u doen?',
      autoStartTimer: true,
    },
    {
      id: 'terugblik',
      kind: 'reflection',
      title: 'Wat heeft u ermee gedaan?',
      minutes: 5,
      meeting: 2,
      prompt: 'Wat is er van uw voornemens terechtgekomen?',
      intentionsFrom: 'voornemens',
    },
    {
      id: 'stellingen-2',
      kind: 'statements',
      title: 'Tweede meting',
      minutes: 10,
      meeting: 2,
      repeats: 'stellingen-1',
      items: [
        { id: 'b', text: 'Regels geven houvast.', type: 'bureaucraat' },
        { id: 'o', text: 'Ik zoek kansen op.', type: 'ondernemer' },
        { id: 'v', text: 'Ik breng mensen samen.', type: 'verbinder' },
      ],
    },
  ],
};
const programme = ScenarioSchema.parse(twoDays);

/** Day one up to its intentions, with the timer running, as a room that is about to close. */
function dayOne(): LogBuilder {
  return new LogBuilder(roomCreated(T0, programme))
    .join(ANN)
    .join(BRAM)
    .add({ type: 'session_started' })
    .add({ type: 'block_entered', blockIndex: 0 })
    .add({ type: 'block_entered', blockIndex: 1 })
    .add(
      {
        type: 'answer_submitted',
        blockId: 'stellingen-1',
        participantId: ANN.id,
        answer: { kind: 'statements', values: { b: 5, o: 2, v: 3 } },
      },
      { kind: 'participant', id: ANN.id },
    )
    .add({ type: 'block_entered', blockIndex: 2 })
    .automatic({ type: 'timer_started', endsAt: T0 + 20 * MIN })
    .add(
      {
        type: 'answer_submitted',
        blockId: 'voornemens',
        participantId: ANN.id,
        answer: { kind: 'intentions', items: ['De wethouder vaker vooraf bellen'] },
      },
      { kind: 'participant', id: ANN.id },
    )
    .at(15 * MIN)
    .automatic({ type: 'timer_paused', remainingMs: 5 * MIN });
}

const WEEKS = 3 * 7 * 24 * 60 * MIN;
/** The moment of an import, well after day two. */
const LATER = T0 + 2 * WEEKS;

describe('a programme of several meetings', () => {
  it('is checked meeting by meeting: minutes per meeting, meetings in order, none empty', () => {
    expect(checkScenario(twoDays).ok).toBe(true);
    const wrongMinutes = {
      ...twoDays,
      meetings: [
        { title: 'Dag 1', minutes: 30 },
        { title: 'Dag 2', minutes: 10 },
      ],
    };
    const problems = (input: unknown) => {
      const check = checkScenario(input);
      return check.ok ? [] : check.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
    };
    expect(problems(wrongMinutes)).toEqual([
      'meetings.0.minutes: the blocks of meeting 1 add up to 25 minutes; expected 30',
      'meetings.1.minutes: the blocks of meeting 2 add up to 15 minutes; expected 10',
    ]);
    const backwards = {
      ...twoDays,
      blocks: twoDays.blocks.map((b, i) => (i === 4 ? { ...b, meeting: 1 } : b)),
    };
    expect(problems(backwards).join('\n')).toContain('meetings come in order');
    const oneSitting = { ...twoDays, meetings: undefined };
    expect(problems(oneSitting).join('\n')).toContain('this programme has one sitting');
    const lookBackOnNothing = {
      ...twoDays,
      blocks: twoDays.blocks.map((b) =>
        b.id === 'terugblik' ? { ...b, intentionsFrom: 'welkom' } : b,
      ),
    };
    expect(problems(lookBackOnNothing)).toEqual([
      'blocks.3.intentionsFrom: "intentionsFrom" names an earlier block of intentions; "welkom" is not one',
    ]);
  });

  it('rests between meetings: no block on the phones or the projector, and says what comes next', () => {
    const log = dayOne()
      .at(16 * MIN)
      .add({ type: 'meeting_closed', meeting: 1 });
    const resting = foldRoom(log.events);
    expect(resting.restingSince).toBe(T0 + 16 * MIN);
    const phone = projectForParticipant(resting, ANN.id);
    expect(phone.block).toBeNull();
    expect(phone.timer).toBeNull();
    expect(phone.room.meeting).toEqual({
      number: 1,
      count: 2,
      title: 'Dag 1: de drie typen',
      restingSince: T0 + 16 * MIN,
      next: 'Dag 2: de praktijk',
      firstBlock: 0,
      blocks: 3,
    });
    expect(projectForPresenter(resting).block).toBeNull();
    // What day one left goes with the phone into the rest.
    expect(phone.summary.intentions).toEqual(['De wethouder vaker vooraf bellen']);
    expect(checkRoomLog(log.events, LATER).ok).toBe(true);
  });

  it('opens day two on its first block, where each phone sees only its own intentions', () => {
    const log = dayOne()
      .at(16 * MIN)
      .add({ type: 'meeting_closed', meeting: 1 })
      .at(WEEKS)
      .add({ type: 'meeting_started', meeting: 2 })
      .add({ type: 'block_entered', blockIndex: 3 });
    expect(checkRoomLog(log.events, LATER).ok).toBe(true);
    const dayTwo = foldRoom(log.events);
    expect(dayTwo.meeting).toBe(2);
    const ann = projectForParticipant(dayTwo, ANN.id);
    expect(ann.block?.id).toBe('terugblik');
    expect(ann.mine?.intentions).toEqual(['De wethouder vaker vooraf bellen']);
    expect(ann.room.meeting?.restingSince).toBeNull();
    expect(ann.room.meeting?.next).toBeNull();
    // Day two counts its own blocks: its first is "1 of 2", not "4 of 5".
    expect(blockPosition(ann.room.meeting, ann.block!.index, ann.blockCount)).toEqual({
      n: 1,
      m: 2,
    });
    const bram = projectForParticipant(dayTwo, BRAM.id);
    expect(bram.mine?.intentions).toEqual([]);
    expect(JSON.stringify(bram)).not.toContain('De wethouder vaker vooraf bellen');
  });

  it("keeps each participant's profile of every day, theirs alone", () => {
    const log = dayOne()
      .at(16 * MIN)
      .add({ type: 'meeting_closed', meeting: 1 })
      .at(WEEKS)
      .add({ type: 'meeting_started', meeting: 2 })
      .add({ type: 'block_entered', blockIndex: 3 })
      .add({ type: 'block_entered', blockIndex: 4 })
      .add(
        {
          type: 'answer_submitted',
          blockId: 'stellingen-2',
          participantId: ANN.id,
          answer: { kind: 'statements', values: { b: 2, o: 3, v: 5 } },
        },
        { kind: 'participant', id: ANN.id },
      );
    const ann = projectForParticipant(foldRoom(log.events), ANN.id);
    expect(ann.summary.profiles.map((p) => p.blockId)).toEqual(['stellingen-1', 'stellingen-2']);
    expect(ann.summary.profile?.blockId).toBe('stellingen-2');
    const [then, now] = ann.summary.profiles;
    expect(then!.share.bureaucraat).toBeGreaterThan(now!.share.bureaucraat);
    expect(projectForParticipant(foldRoom(log.events), BRAM.id).summary.profiles).toEqual([]);
  });

  it("shows the group's triangle then and now: the day-one list beside the second measurement", () => {
    const log = dayOne()
      .add({ type: 'block_entered', blockIndex: 1 })
      .add({ type: 'answers_locked', blockId: 'stellingen-1' })
      .add({ type: 'results_revealed', blockId: 'stellingen-1' })
      .add({ type: 'block_entered', blockIndex: 2 })
      .at(16 * MIN)
      .add({ type: 'meeting_closed', meeting: 1 })
      .at(WEEKS)
      .add({ type: 'meeting_started', meeting: 2 })
      .add({ type: 'block_entered', blockIndex: 3 })
      .add({ type: 'block_entered', blockIndex: 4 })
      .add(
        {
          type: 'answer_submitted',
          blockId: 'stellingen-2',
          participantId: ANN.id,
          answer: { kind: 'statements', values: { b: 2, o: 3, v: 5 } },
        },
        { kind: 'participant', id: ANN.id },
      )
      .add({ type: 'results_revealed', blockId: 'stellingen-2' });
    expect(checkRoomLog(log.events, LATER).ok).toBe(true);
    const live = projectForPresenter(foldRoom(log.events)).live!;
    expect(live.rounds.map((round) => round.blockId)).toEqual(['stellingen-1', 'stellingen-2']);
    const [then, now] = live.rounds.map((round) =>
      round.results?.kind === 'statements' ? round.results.mean : null,
    );
    expect(then!.bureaucraat).toBeGreaterThan(now!.bureaucraat);
    expect(now!.verbinder).toBeGreaterThan(then!.verbinder);
    // A list that changed its statements is no second measurement: the checker says so.
    const changed = {
      ...twoDays,
      blocks: twoDays.blocks.map((b) =>
        b.id === 'stellingen-2' && b.kind === 'statements'
          ? {
              ...b,
              items: b.items.map((item, i) => (i === 0 ? { ...item, reversed: true } : item)),
            }
          : b,
      ),
    };
    const check = checkScenario(changed);
    expect(check.ok ? [] : check.problems.map((p) => p.path.join('.'))).toEqual(['blocks.4.items']);
  });

  it('refuses a log that moves across meetings without the rest, or runs a timer while resting', () => {
    const refusal = (builder: LogBuilder) => {
      const check = checkRoomLog(builder.events, LATER);
      return check.ok ? 'accepted' : check.refusal.message;
    };
    expect(refusal(dayOne().add({ type: 'block_entered', blockIndex: 3 }))).toContain(
      'is in meeting 2, the room is in meeting 1',
    );
    const closed = () =>
      dayOne()
        .at(16 * MIN)
        .add({ type: 'meeting_closed', meeting: 1 });
    expect(refusal(closed().add({ type: 'timer_started', endsAt: T0 + 30 * MIN }))).toContain(
      'the room rests',
    );
    expect(
      refusal(
        closed().add(
          {
            type: 'answer_submitted',
            blockId: 'voornemens',
            participantId: ANN.id,
            answer: { kind: 'intentions', items: ['Nog eentje'] },
          },
          { kind: 'participant', id: ANN.id },
        ),
      ),
    ).toContain('rests');
    expect(refusal(closed().add({ type: 'meeting_closed', meeting: 1 }))).toContain(
      'already closed',
    );
    expect(refusal(closed().add({ type: 'meeting_started', meeting: 3 }))).toContain(
      'the next meeting is meeting 2',
    );
    const dayTwo = closed()
      .add({ type: 'meeting_started', meeting: 2 })
      .add({ type: 'block_entered', blockIndex: 3 });
    expect(refusal(dayTwo.add({ type: 'meeting_closed', meeting: 2 }))).toContain('last meeting');
  });
});
