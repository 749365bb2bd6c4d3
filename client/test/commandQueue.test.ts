import { describe, expect, it } from 'vitest';
import { foldRoom, projectForParticipant, type Command, type ViewMessage } from '@samenspel/shared';
import { CommandQueue, type CommandTransport, type PendingCommand } from '../src/net/commandQueue';
import { makeCommandId } from '../src/net/commandId';
import { pollLog } from './replayFixtures';

/** A socket stand-in: records every emit and lets the test answer, time out or drop each one. */
class FakeTransport implements CommandTransport {
  connected = true;
  sent: { command: Command; resolve: (ack: unknown) => void; reject: (e: Error) => void }[] = [];
  isConnected() {
    return this.connected;
  }
  emit(command: Command): Promise<unknown> {
    return new Promise((resolve, reject) => this.sent.push({ command, resolve, reject }));
  }
  last() {
    const last = this.sent.at(-1);
    if (!last) throw new Error('nothing sent');
    return last;
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function makeQueue(transport: FakeTransport, maxTimeouts = 3) {
  let n = 0;
  const changes: PendingCommand[][] = [];
  const queue = new CommandQueue(transport, {
    maxTimeouts,
    makeId: () => `command-id-${String(++n).padStart(8, '0')}`,
    onChange: (pending) => changes.push(pending),
  });
  return { queue, changes };
}

describe('command queue', () => {
  it('shows the view an ack carries before the command resolves', async () => {
    const state = foldRoom(pollLog());
    const participantId = state.participantOrder[0]!;
    const message: ViewMessage = {
      v: 1,
      type: 'view',
      seq: state.seq,
      serverNow: state.lastEventAt,
      view: projectForParticipant(state, participantId),
    };
    const transport = new FakeTransport();
    const shown: ViewMessage[] = [];
    const queue = new CommandQueue(transport, { onView: (view) => shown.push(view) });
    const outcome = queue.send({
      type: 'answer',
      blockId: 'peiling',
      answer: { kind: 'poll', optionIds: ['regels'] },
    });
    transport.last().resolve({ ok: true, seq: state.seq, view: message });
    const resolved = await outcome.then((ack) => ({ ack, shownBefore: shown.length }));
    expect(resolved.shownBefore).toBe(1);
    expect(shown[0]).toEqual(message);
    expect(resolved.ack).toMatchObject({ ok: true, seq: state.seq });
  });

  it('shows nothing from an ack whose view does not match the contract', async () => {
    const transport = new FakeTransport();
    const shown: ViewMessage[] = [];
    const queue = new CommandQueue(transport, { onView: (view) => shown.push(view) });
    const outcome = queue.send({ type: 'block.next' });
    transport.last().resolve({ ok: true, seq: 3, view: { v: 1, type: 'view', seq: 3 } });
    await expect(outcome).resolves.toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(shown).toEqual([]);
  });

  it('sends a versioned command with an id and resolves with the ack', async () => {
    const transport = new FakeTransport();
    const { queue } = makeQueue(transport);
    const outcome = queue.send({ type: 'block.next' });
    expect(transport.last().command).toEqual({
      v: 1,
      id: 'command-id-00000001',
      type: 'block.next',
    });
    transport.last().resolve({ ok: true, seq: 7 });
    await expect(outcome).resolves.toEqual({ ok: true, seq: 7 });
    expect(queue.pending()).toEqual([]);
  });

  it('keeps a command issued while offline and sends it with the same id on reconnect', async () => {
    const transport = new FakeTransport();
    transport.connected = false;
    const { queue, changes } = makeQueue(transport);
    const outcome = queue.send({ type: 'timer.start' });
    expect(transport.sent).toHaveLength(0);
    expect(queue.pending()).toEqual([{ id: 'command-id-00000001', type: 'timer.start' }]);

    transport.connected = true;
    queue.flush();
    expect(transport.sent).toHaveLength(1);
    expect(transport.last().command.id).toBe('command-id-00000001');
    transport.last().resolve({ ok: true, seq: 3 });
    await expect(outcome).resolves.toMatchObject({ ok: true });
    expect(changes.at(-1)).toEqual([]);
  });

  it('retries with the same id when the ack times out', async () => {
    const transport = new FakeTransport();
    const { queue } = makeQueue(transport);
    const outcome = queue.send({ type: 'join', name: 'Anna' });
    transport.last().reject(new Error('operation has timed out'));
    await flush();
    expect(transport.sent).toHaveLength(2);
    expect(transport.sent[1]!.command).toEqual(transport.sent[0]!.command);
    transport.last().resolve({
      ok: true,
      seq: 4,
      join: { participantId: 'p1', token: 'secret' },
    });
    await expect(outcome).resolves.toEqual({
      ok: true,
      seq: 4,
      join: { participantId: 'p1', token: 'secret' },
    });
  });

  it('waits for the reconnect when the connection drops mid-flight, then resends the same id', async () => {
    const transport = new FakeTransport();
    const { queue } = makeQueue(transport);
    const outcome = queue.send({ type: 'block.previous' });
    transport.connected = false;
    transport.last().reject(new Error('socket has been disconnected'));
    await flush();
    expect(transport.sent).toHaveLength(1);
    expect(queue.pending()).toHaveLength(1);

    transport.connected = true;
    queue.flush();
    expect(transport.sent).toHaveLength(2);
    expect(transport.sent[1]!.command.id).toBe(transport.sent[0]!.command.id);
    transport.last().resolve({ ok: true, seq: 9 });
    await expect(outcome).resolves.toMatchObject({ ok: true, seq: 9 });
  });

  it('gives up after repeated timeouts while connected', async () => {
    const transport = new FakeTransport();
    const { queue } = makeQueue(transport, 2);
    const outcome = queue.send({ type: 'timer.pause' });
    transport.last().reject(new Error('timeout'));
    await flush();
    transport.last().reject(new Error('timeout'));
    await expect(outcome).resolves.toEqual({
      ok: false,
      error: { code: 'no_answer', message: 'no answer from the server' },
    });
    expect(new Set(transport.sent.map((s) => s.command.id)).size).toBe(1);
  });

  it('passes a refusal through and flags an unreadable ack', async () => {
    const transport = new FakeTransport();
    const { queue } = makeQueue(transport);
    const refused = queue.send({ type: 'block.next' });
    transport
      .last()
      .resolve({ ok: false, error: { code: 'invalid_state', message: 'last block' } });
    await expect(refused).resolves.toEqual({
      ok: false,
      error: { code: 'invalid_state', message: 'last block' },
    });
    const garbled = queue.send({ type: 'block.next' });
    transport.last().resolve('what?');
    await expect(garbled).resolves.toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it('resolves everything still waiting as closed when the connection is thrown away', async () => {
    const transport = new FakeTransport();
    transport.connected = false;
    const { queue } = makeQueue(transport);
    const outcome = queue.send({ type: 'session.end' });
    queue.close();
    await expect(outcome).resolves.toMatchObject({ ok: false, error: { code: 'closed' } });
    await expect(queue.send({ type: 'block.next' })).resolves.toMatchObject({
      error: { code: 'closed' },
    });
  });
});

describe('command ids', () => {
  it('are 22 symbols the server accepts, from crypto randomness', () => {
    const ids = new Set(Array.from({ length: 200 }, () => makeCommandId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('map bytes onto the 64-symbol alphabet without bias', () => {
    const id = makeCommandId(4, (bytes) => bytes.fill(0).map((_, i) => [0, 63, 64, 255][i]!));
    expect(id).toBe('A-A-');
  });
});
