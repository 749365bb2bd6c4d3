import { describe, expect, it } from 'vitest';
import { checkRoomLog, hasChart, PREVIEW_PHONE, previewViews } from '@samenspel/shared';
import { scenario, T0 } from './fixtures.js';

/*
 * The studio's preview, on the shared tests' own programme (the shipped YAML programmes are
 * covered in server/test/preview-views.test.ts, where the catalog loader lives).
 */
describe('previewViews on the test programme', () => {
  for (const block of scenario.blocks) {
    for (const revealed of [false, true]) {
      it(`shows "${block.id}" (${block.kind}, revealed=${revealed}) on all three screens from a valid log`, () => {
        const views = previewViews(scenario, block.id, T0, { revealed });
        expect(checkRoomLog([...views.events], T0)).toMatchObject({ ok: true });
        expect(views.events[0]?.type).toBe('room_created');
        expect(views.participant.block?.id).toBe(block.id);
        expect(views.presenter.block?.id).toBe(block.id);
        const index = views.facilitator.currentBlockIndex ?? -1;
        expect(views.facilitator.scenario.blocks[index]?.id).toBe(block.id);
        expect(views.participant.me.name).toBe(PREVIEW_PHONE.name);
        if (revealed && hasChart(block)) expect(views.presenter.live?.results).not.toBeNull();
      });
    }
  }

  it('gives the poll sample answers the console counts, and keeps them off the projector until revealed', () => {
    const poll = scenario.blocks.find((block) => block.kind === 'poll')!;
    const views = previewViews(scenario, poll.id, T0);
    expect(views.facilitator.runs[poll.id]?.answered).toBe(3);
    expect(views.presenter.live?.results).toBeNull();
  });

  it('is pure: the same input gives the same views', () => {
    const id = scenario.blocks[0]!.id;
    expect(previewViews(scenario, id, T0)).toEqual(previewViews(scenario, id, T0));
  });
});
