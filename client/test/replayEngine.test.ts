import { afterEach, describe, expect, it, vi } from 'vitest';
import { foldRoom } from '@samenspel/shared';
import type { FromWorker, ToWorker } from '../src/screens/replay/engine/protocol';
import { viewsOf } from '../src/screens/replay/engine/types';
import { startWorkerEngine, UnreadableLog } from '../src/screens/replay/engine/workerEngine';
import { pollLog } from './replayFixtures';

/** Stands in for the replay worker: records what the page asks, answers when the test says. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: ToWorker[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: ToWorker) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

const events = pollLog();
const text = JSON.stringify({ roomId: 'r_replay', events });
const viewsAt = (seq: number) => viewsOf(foldRoom(events.slice(0, seq)));

afterEach(() => vi.unstubAllGlobals());

describe('the worker engine', () => {
  it('sends the log once, and asks only for the latest seq while an answer is out', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const opening = startWorkerEngine(text, 1);
    const worker = FakeWorker.last!;
    expect(worker.received).toEqual([{ type: 'load', text, seq: 1 }]);
    worker.reply({ type: 'loaded', ok: true, count: events.length });
    const { engine, events: parsed } = await opening;
    expect(parsed).toEqual(events);
    expect(engine.state.getState().indexing).toBe(true);

    // The first screen is still on its way: the playhead moves on three times meanwhile.
    engine.request(5);
    engine.request(6);
    engine.request(7);
    expect(worker.received).toHaveLength(1);
    worker.reply({ type: 'views', views: viewsAt(1) });
    expect(engine.state.getState().views?.seq).toBe(1);
    expect(worker.received.slice(1)).toEqual([{ type: 'views', seq: 7 }]);

    worker.reply({ type: 'indexed', ms: 12 });
    worker.reply({ type: 'views', views: viewsAt(7) });
    expect(engine.state.getState()).toMatchObject({ indexing: false, indexMs: 12 });
    expect(engine.state.getState().views).toEqual(viewsAt(7));
    expect(worker.received).toHaveLength(2);

    engine.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('brings the console and what follows the screens up only after the answer is drawn', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const opening = startWorkerEngine(text, 1);
    const worker = FakeWorker.last!;
    worker.reply({ type: 'loaded', ok: true, count: events.length });
    const { engine } = await opening;
    worker.reply({ type: 'views', views: viewsAt(1) });
    await new Promise<void>((resolve) => engine.afterScreens(resolve));

    engine.request(5);
    let seen: number | null | undefined;
    const followed = new Promise<void>((resolve) =>
      engine.afterScreens(() => {
        seen = engine.state.getState().settled?.seq;
        resolve();
      }),
    );
    worker.reply({ type: 'views', views: viewsAt(5) });
    // The presenter screen has its answer; the console keeps the moment before until that is drawn.
    expect(engine.state.getState().views?.seq).toBe(5);
    expect(engine.state.getState().settled?.seq).toBe(1);
    expect(seen).toBeUndefined();
    await followed;
    expect(seen).toBe(5);
    expect(engine.state.getState().settled).toEqual(viewsAt(5));
    engine.dispose();
  });

  it('does not hold what follows the screens for an answer that does not come', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const opening = startWorkerEngine(text, 1);
    FakeWorker.last!.reply({ type: 'loaded', ok: true, count: events.length });
    const { engine } = await opening;
    // Still indexing: the first answer has not come, and does not in this test.
    await new Promise<void>((resolve) => engine.afterScreens(resolve));
    expect(engine.state.getState().settled).toBeNull();
    engine.dispose();
  });

  it('reports a log the worker finds invalid as unreadable', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const opening = startWorkerEngine('{"events": []}', 1);
    FakeWorker.last!.reply({ type: 'loaded', ok: false, message: 'too small' });
    await expect(opening).rejects.toBeInstanceOf(UnreadableLog);
    expect(FakeWorker.last!.terminated).toBe(true);
  });
});
