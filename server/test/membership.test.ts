import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  foldRoom,
  JoinLookupSchema,
  LogExportSchema,
  projectForFacilitator,
  type FacilitatorView,
  type GuestView,
  type PresenterView,
  type RoomSummary,
} from '@samenspel/shared';
import { createRoom, login, readLog } from './support/http.js';
import {
  connectFacilitator,
  joinAsParticipant,
  participantAuth,
  TestClient,
} from './support/client.js';
import { SHIPPED_SCENARIOS, startServer } from './support/server.js';
import { isFacilitator, isPresenter } from './support/views.js';

/** Closing the room and removing a participant, over real sockets against the real server. */
describe('who may be in the room', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let room: RoomSummary;
  let facilitator: TestClient;
  let presenter: TestClient;
  const clients: TestClient[] = [];
  const track = <T extends { client: TestClient } | TestClient>(value: T): T => {
    clients.push(value instanceof TestClient ? value : value.client);
    return value;
  };
  const console_ = (predicate: (v: FacilitatorView) => boolean) =>
    facilitator.waitFor((v): v is FacilitatorView => isFacilitator(v) && predicate(v));
  /** Removes a participant from the console and waits until the console shows it. */
  const remove = async (participantId: string) => {
    const removal = await facilitator.send({ type: 'participant.remove', participantId });
    expect(removal.ok, JSON.stringify(removal)).toBe(true);
    return console_(
      (v) => v.participants.find((p) => p.id === participantId)?.presence === 'removed',
    );
  };

  beforeAll(async () => {
    server = await startServer({ config: { scenariosDir: SHIPPED_SCENARIOS }, staffGapMs: 3 });
    token = await login(server.url);
    room = await createRoom(server.url, token, 'demo');
    facilitator = track(await connectFacilitator(server.url, room.roomId, token));
    presenter = track(
      await TestClient.connect(server.url, {
        v: 1,
        role: 'presenter',
        roomId: room.roomId,
        key: room.presenterKey,
      }),
    );
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.stop();
  });

  it('refuses a new phone once closed, lets a joined phone back in, and opens again', async () => {
    const anouk = track(await joinAsParticipant(server.url, room.code, 'Anouk'));
    const waiting = track(await TestClient.connect(server.url, participantAuth(room.code)));
    expect((await facilitator.send({ type: 'joins.close' })).ok).toBe(true);

    const closed = await console_((v) => v.room.joinsClosedAt !== null);
    expect(closed.room.joinsClosedAt).toBeGreaterThan(0);
    await presenter.waitFor(
      (v): v is PresenterView => isPresenter(v) && v.room.joinsClosedAt !== null,
    );
    // The phone that was waiting with the code is told, live, and its join is refused.
    await waiting.waitFor(
      (v): v is GuestView => v.role === 'guest' && v.room.joinsClosedAt !== null,
    );
    const refused = await waiting.send({ type: 'join', name: 'Laatkomer' });
    expect(refused.ok === false && refused.error.code).toBe('room_closed');
    const again = await facilitator.send({ type: 'joins.close' });
    expect(again.ok === false && again.error.code).toBe('invalid_state');

    // The lookup says so too, without refusing: a joined phone still needs it to find its room.
    const lookup = JoinLookupSchema.parse(
      await (await fetch(`${server.url}${API.join(room.code)}`)).json(),
    );
    expect(lookup.joinsOpen).toBe(false);

    // Anouk's phone drops and comes back with its token.
    anouk.client.close();
    const back = track(
      await TestClient.connect(server.url, participantAuth(room.code, anouk.token)),
    );
    expect(back.latest.role).toBe('participant');

    expect((await facilitator.send({ type: 'joins.open' })).ok).toBe(true);
    await waiting.waitFor(
      (v): v is GuestView => v.role === 'guest' && v.room.joinsClosedAt === null,
    );
    expect((await waiting.send({ type: 'join', name: 'Laatkomer' })).ok).toBe(true);
  });

  it('takes a removed participant’s vote out of the console, tells their phones, and keeps their token out', async () => {
    await facilitator.send({ type: 'session.start' });
    await facilitator.send({ type: 'block.goto', blockId: 'eerste-stap' });
    const bram = track(await joinAsParticipant(server.url, room.code, 'Bram'));
    const dewi = track(await joinAsParticipant(server.url, room.code, 'Dewi'));
    // Bram has a second tab open.
    const bramTab = track(
      await TestClient.connect(server.url, participantAuth(room.code, bram.token)),
    );
    const vote = (who: { client: TestClient }, option: string) =>
      who.client.send({
        type: 'answer',
        blockId: 'eerste-stap',
        answer: { kind: 'poll', optionIds: [option] },
      });
    expect((await vote(bram, 'regels')).ok).toBe(true);
    expect((await vote(dewi, 'plan')).ok).toBe(true);
    const counted = (v: FacilitatorView) => v.runs['eerste-stap']?.results;
    await console_((v) => counted(v)?.kind === 'poll' && counted(v)?.respondents === 2);

    const after = await remove(bram.participantId);
    expect(after.runs['eerste-stap']?.results).toEqual({
      kind: 'poll',
      respondents: 1,
      counts: { regels: 0, plan: 1, buurt: 0 },
    });
    expect(after.runs['eerste-stap']?.answeredBy).toEqual([dewi.participantId]);

    // Both of Bram's tabs are told why, then become guests.
    for (const tab of [bram.client, bramTab]) {
      await tab.waitFor((v): v is GuestView => v.role === 'guest');
      expect(tab.errors.map((e) => e.code)).toContain('participant_removed');
      const late = await tab.send({
        type: 'answer',
        blockId: 'eerste-stap',
        answer: { kind: 'poll', optionIds: ['buurt'] },
      });
      expect(late.ok === false && late.error.code).toBe('not_joined');
    }
    // His token gets him nowhere.
    await expect(
      TestClient.connect(server.url, participantAuth(room.code, bram.token)),
    ).rejects.toMatchObject({ message: 'participant_removed' });

    const twice = await facilitator.send({
      type: 'participant.remove',
      participantId: bram.participantId,
    });
    expect(twice.ok === false && twice.error.code).toBe('invalid_state');
    const nobody = await facilitator.send({
      type: 'participant.remove',
      participantId: 'p-nobody',
    });
    expect(nobody.ok === false && nobody.error.code).toBe('unknown_participant');
    const fromPhone = await dewi.client.send({
      type: 'participant.remove',
      participantId: bram.participantId,
    });
    expect(fromPhone.ok === false && fromPhone.error.code).toBe('not_facilitator');

    // The log keeps both facts: his vote and his removal.
    const { events } = await readLog(server.url, token, room.roomId);
    const his = events.filter(
      (e) =>
        (e.type === 'answer_submitted' || e.type === 'participant_removed') &&
        e.participantId === bram.participantId,
    );
    expect(his.map((e) => e.type)).toEqual(['answer_submitted', 'participant_removed']);
    expect(
      events.filter((e) => e.type === 'joins_closed' || e.type === 'joins_opened'),
    ).toHaveLength(2);
  });

  it('keeps a removed participant’s anonymous reflection, and no export ties it to them', async () => {
    const eva = track(await joinAsParticipant(server.url, room.code, 'Eva'));
    const frits = track(await joinAsParticipant(server.url, room.code, 'Frits'));
    await facilitator.send({ type: 'block.goto', blockId: 'eerste-indruk' });
    const write = (who: { client: TestClient }, text: string) =>
      who.client.send({
        type: 'answer',
        blockId: 'eerste-indruk',
        answer: { kind: 'reflection', text },
      });
    const texts = (v: FacilitatorView) => v.runs['eerste-indruk']?.reflections ?? [];
    expect((await write(eva, 'Ik durf nog niet')).ok).toBe(true);
    const evaId = texts(await console_((v) => texts(v).length === 1))[0]!.id;
    expect((await write(frits, 'Meer lef')).ok).toBe(true);
    const before = texts(await console_((v) => texts(v).length === 2));

    const after = await remove(eva.participantId);
    // The console shows the same anonymous texts as before: nothing says which one was hers.
    expect(texts(after)).toEqual(before);

    for (const names of [false, true]) {
      const response = await fetch(
        `${server.url}${API.exportJson(room.roomId)}${names ? '?names=true' : ''}`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      const { events } = LogExportSchema.parse(await response.json());
      const joined = events.find(
        (e) => e.type === 'participant_joined' && e.participantId === eva.participantId,
      );
      const shownAs = joined?.type === 'participant_joined' ? joined.name : null;
      expect(shownAs, `names ${names}`).toEqual(
        names ? 'Eva' : expect.stringMatching(/^Deelnemer \d+$/),
      );
      const naming = events.filter((e) => JSON.stringify(e).includes(evaId));
      expect(naming.map((e) => e.type)).toEqual(['answer_submitted']);
      expect(JSON.stringify(naming)).not.toContain(eva.participantId);
      expect(JSON.stringify(events.filter((e) => e.type === 'participant_removed'))).not.toContain(
        evaId,
      );
      expect(JSON.stringify(naming)).not.toContain(String(shownAs));
      // And the file, folded again, still lists her text among the anonymous ones.
      const replayed = projectForFacilitator(foldRoom(events)).runs['eerste-indruk'];
      expect(replayed?.reflections.map((r) => r.text).sort()).toEqual([
        'Ik durf nog niet',
        'Meer lef',
      ]);
    }
  });
});
