import { afterAll, describe, expect, it } from 'vitest';
import {
  projectForFacilitator,
  projectForParticipant,
  projectForPresenter,
  ReplayIndex,
  type RoomEvent,
  type View,
} from '@samenspel/shared';
import { buildApp } from '../src/app.js';
import { createRoom, login, readLog } from './support/http.js';
import { joinAsParticipant, TestClient } from './support/client.js';
import { highlightFirstReflection } from './support/reflections.js';
import { SHIPPED_SCENARIOS, tempDataDir, testConfig } from './support/server.js';

/**
 * Replay is exact: every view any screen was sent during a recorded session equals the
 * projection of the replayed log at that view's seq. One stretch is left out on purpose for the
 * staff screens: while an anonymous reflection block is on screen, the log that leaves the
 * server shows every reflection of the visit from its start (redactLog hides when each was
 * written); from the next block on, the screens agree again.
 */
describe('replay equals the live session', () => {
  const data = tempDataDir();
  afterAll(() => data.remove());

  it('at every seq of a recorded session, for every screen', async () => {
    const app = await buildApp(testConfig(data.dir, { scenariosDir: SHIPPED_SCENARIOS }), {
      staffGapMs: 1,
    });
    const { url } = await app.listen();
    const token = await login(url);
    const room = await createRoom(url, token, 'demo');
    const facilitator = await TestClient.connect(url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: token,
    });
    const presenter = await TestClient.connect(url, {
      v: 1,
      role: 'presenter',
      roomId: room.roomId,
      key: room.presenterKey,
    });
    const phones = [
      await joinAsParticipant(url, room.code, 'Anouk'),
      await joinAsParticipant(url, room.code, null),
      await joinAsParticipant(url, room.code, 'Chris'),
    ];
    const f = (command: Record<string, unknown>) => facilitator.send(command);
    const answer = (i: number, blockId: string, value: Record<string, unknown>) =>
      phones[i]!.client.send({ type: 'answer', blockId, answer: value });
    const removed = new Set<number>();
    const on = (blockId: string) =>
      Promise.all(
        phones
          .filter((_, i) => !removed.has(i))
          .map(({ client }) =>
            client.waitFor((v) => v.role === 'participant' && v.block?.id === blockId),
          ),
      );

    await f({ type: 'session.start' });
    await f({ type: 'timer.start' });
    await f({ type: 'block.goto', blockId: 'eerste-stap' });
    await on('eerste-stap');
    await answer(0, 'eerste-stap', { kind: 'poll', optionIds: ['regels'] });
    await answer(1, 'eerste-stap', { kind: 'poll', optionIds: ['plan'] });
    await answer(0, 'eerste-stap', { kind: 'poll', optionIds: ['buurt'] });
    await f({ type: 'answers.lock', blockId: 'eerste-stap' });
    await f({ type: 'results.reveal', blockId: 'eerste-stap' });
    await f({ type: 'block.goto', blockId: 'mini-stellingen' });
    await on('mini-stellingen');
    for (const [i, base] of [1, 3, 5].entries()) {
      await answer(i, 'mini-stellingen', {
        kind: 'statements',
        values: { d1: base, d2: 6 - base, d3: 3, d4: base, d5: 2, d6: 4 },
      });
    }
    await f({ type: 'results.reveal', blockId: 'mini-stellingen' });
    await f({ type: 'block.goto', blockId: 'eerste-indruk' });
    await on('eerste-indruk');
    await answer(0, 'eerste-indruk', { kind: 'reflection', text: 'Eerst de kaders' });
    await answer(1, 'eerste-indruk', { kind: 'reflection', text: 'Ik durf meer' });
    await answer(1, 'eerste-indruk', { kind: 'reflection', text: 'Ik durf meer dan ik dacht' });
    await highlightFirstReflection(facilitator, 'eerste-indruk', 2);
    // Closed to newcomers, and the anonymous participant removed: their vote and list leave every
    // staff screen, while their anonymous reflection (filed under a stand-in in the redacted log)
    // stays, so the replay of the redacted log must keep it too.
    await f({ type: 'joins.close' });
    await f({ type: 'participant.remove', participantId: phones[1]!.participantId });
    removed.add(1);
    const afterRemoval = await facilitator.waitFor(
      (v) =>
        v.role === 'facilitator' &&
        v.participants.some((p) => p.id === phones[1]!.participantId && p.presence === 'removed'),
    );
    expect(
      afterRemoval.role === 'facilitator' && afterRemoval.runs['eerste-indruk']?.reflections,
    ).toHaveLength(2);
    await f({ type: 'block.goto', blockId: 'mini-rollenspel' });
    await on('mini-rollenspel');
    await f({ type: 'roles.assign', blockId: 'mini-rollenspel' });
    await f({ type: 'joins.open' });
    await f({ type: 'block.goto', blockId: 'voornemen' });
    await on('voornemen');
    await answer(2, 'voornemen', { kind: 'intentions', items: ['Eerder bellen met de wethouder'] });
    // The break starts its own timer; back at the welcome, its timer is as the room left it.
    await f({ type: 'block.goto', blockId: 'adempauze' });
    await presenter.waitFor((v) => v.role === 'presenter' && v.timer?.status === 'running');
    await f({ type: 'block.goto', blockId: 'welkom' });
    await presenter.waitFor(
      (v) => v.role === 'presenter' && v.block?.id === 'welkom' && v.timer?.status === 'paused',
    );
    await f({ type: 'block.goto', blockId: 'voornemen' });
    await on('voornemen');
    phones[1]!.client.close();
    await f({ type: 'session.end' });
    await phones[0]!.client.waitFor((v) => v.room.status === 'ended');
    await presenter.waitFor((v) => v.room.status === 'ended');
    await facilitator.waitFor((v) => v.room.status === 'ended');

    // Staff screens replay from the log as it leaves the server (redacted); phones from the
    // server's own log, since a phone's summary includes its own anonymous reflection.
    const redactedLog = (await readLog(url, token, room.roomId)).events;
    const redacted = new ReplayIndex(redactedLog);
    const anonymousVisits = anonymousVisitSeqs(redactedLog);
    expect(anonymousVisits.length).toBeGreaterThan(0);
    const inAnonymousVisit = (seq: number) =>
      anonymousVisits.some(([from, to]) => seq >= from && seq < to);
    const full = new ReplayIndex(await app.registry.store.read(room.roomId));
    const checks: Array<[string, Array<{ seq: number; view: View }>, (seq: number) => View]> = [
      ['facilitator', facilitator.views, (seq) => projectForFacilitator(redacted.stateAt(seq))],
      ['presenter', presenter.views, (seq) => projectForPresenter(redacted.stateAt(seq))],
      ...phones.map(
        ({ client, participantId }, i) =>
          [
            `phone ${i}`,
            client.views.filter((v) => v.view.role === 'participant'),
            (seq: number) => projectForParticipant(full.stateAt(seq), participantId),
          ] as [string, Array<{ seq: number; view: View }>, (seq: number) => View],
      ),
    ];
    let compared = 0;
    for (const [screen, views, replay] of checks) {
      expect(views.length, screen).toBeGreaterThan(3);
      for (const { seq, view } of views) {
        if (!screen.startsWith('phone') && inAnonymousVisit(seq)) continue;
        expect(view, `${screen} at seq ${seq}`).toEqual(replay(seq));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(40);
    for (const client of [facilitator, presenter, ...phones.map((p) => p.client)]) client.close();
    await app.close();
  });
});

/** [first seq, seq of the next block_entered or the end) of each visit of an anonymous reflection. */
function anonymousVisitSeqs(events: readonly RoomEvent[]): Array<[number, number]> {
  const first = events[0];
  const blocks = first?.type === 'room_created' ? first.scenario.blocks : [];
  const spans: Array<[number, number]> = [];
  let open: number | null = null;
  for (const event of events) {
    if (event.type !== 'block_entered' && event.type !== 'session_ended') continue;
    if (open !== null) spans.push([open, event.seq]);
    open = null;
    const block = event.type === 'block_entered' ? blocks[event.blockIndex] : undefined;
    if (block?.kind === 'reflection' && block.anonymous) open = event.seq;
  }
  if (open !== null) spans.push([open, Number.POSITIVE_INFINITY]);
  return spans;
}
