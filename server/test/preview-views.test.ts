import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkRoomLog,
  hasChart,
  PREVIEW_PHONE,
  previewViews,
  type Scenario,
} from '@samenspel/shared';
import { loadScenarioCatalog } from '../src/scenarios/catalog.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));
const NOW = Date.UTC(2026, 11, 2, 10);

/** The studio's preview of every block of every shipped programme, as the three screens get it. */
describe('previewViews: the studio shows a block as the room would see it', async () => {
  const catalog = await loadScenarioCatalog(SHIPPED);
  const shipped: Scenario[] = [...catalog.scenarios.values()];

  it('finds the shipped programmes', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(3);
  });

  for (const scenario of shipped) {
    it(`puts each block of "${scenario.id}" on all three screens, from a log the live room would accept`, () => {
      for (const block of scenario.blocks) {
        for (const revealed of [false, true]) {
          const views = previewViews(scenario, block.id, NOW, { revealed });
          expect(
            checkRoomLog([...views.events], NOW),
            `${block.id} revealed=${revealed}`,
          ).toMatchObject({ ok: true });
          expect(views.participant.block?.id).toBe(block.id);
          expect(views.presenter.block?.id).toBe(block.id);
          expect(
            views.facilitator.scenario.blocks[views.facilitator.currentBlockIndex ?? -1]?.id,
          ).toBe(block.id);
          // The phone is one that has not answered yet: it shows the question, not an answer.
          expect(views.participant.me.name).toBe(PREVIEW_PHONE.name);
          expect(views.participant.mine?.answer ?? null).toBeNull();
          if (revealed && hasChart(block)) {
            expect(views.presenter.live?.revealed, block.id).toBe(true);
            expect(views.presenter.live?.results, block.id).not.toBeNull();
          }
          if (block.kind === 'roles') expect(views.participant.mine?.role, block.id).not.toBeNull();
          if (block.kind === 'groups')
            expect(views.participant.mine?.group, block.id).not.toBeNull();
        }
      }
    });
  }

  it('shows the sample answers to the console and, once revealed, to the projector only', () => {
    const flagship = catalog.scenarios.get('bestuurlijke-sensitiviteit')!;
    const poll = flagship.blocks.find((block) => block.kind === 'poll')!;
    const open = previewViews(flagship, poll.id, NOW);
    expect(open.presenter.live?.answered).toBe(3);
    expect(open.presenter.live?.revealed).toBe(false);
    expect(open.presenter.live?.results).toBeNull();
    expect(open.facilitator.runs[poll.id]?.answered).toBe(3);
    expect(open.facilitator.runs[poll.id]?.results).not.toBeNull();
  });
});
