import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import {
  checkRoomLog,
  foldRoom,
  projectForPresenter,
  type RoomEvent,
  type RoomEventDraft,
} from '@samenspel/shared';
import { checkScenarioText } from '../src/scenarios/scenario-file.js';

const FILE = fileURLToPath(
  new URL('../../scenarios/bestuurlijke-sensitiviteit.yaml', import.meta.url),
);

/**
 * The flagship's switch to a case from the room, as its description tells a trainer to make it:
 * a Praktijkcasus block before the rounds, and "De casus uit de zaal" (`caseFrom`) on the first
 * round only. The two rounds after it must follow, and the programme's case must play on when
 * the room chooses nothing.
 */
describe('the flagship with a case from the room', () => {
  const original = parse(readFileSync(FILE, 'utf8')) as {
    minutes: number;
    blocks: Array<Record<string, unknown>>;
  };
  const at = original.blocks.findIndex((block) => block.id === 'casus-bureaucraat');
  const switched = {
    ...original,
    minutes: original.minutes + 15,
    blocks: [
      ...original.blocks.slice(0, at),
      {
        id: 'dossiers',
        kind: 'practice',
        title: 'Een dossier uit de zaal',
        minutes: 15,
        prompt: 'Welk dossier ligt er nu bij jouw bestuurder bovenop?',
      },
      ...original.blocks
        .slice(at)
        .map((block) =>
          block.id === 'casus-bureaucraat' ? { ...block, caseFrom: 'dossiers' } : block,
        ),
    ],
  };
  const checked = checkScenarioText(stringify(switched), 'eigen-casus.yaml');

  it('passes the checker with the one switch', () => {
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it('plays the chosen dossier in all three rounds, and the programme’s case without a choice', () => {
    if (!checked.ok) throw new Error('not a programme');
    const scenario = checked.scenario;
    const index = (id: string) => scenario.blocks.findIndex((block) => block.id === id);
    const events: RoomEvent[] = [];
    const add = (draft: RoomEventDraft) =>
      events.push({
        ...draft,
        seq: events.length + 1,
        at: Date.UTC(2026, 11, 7, 9, 0) + events.length * 1000,
        actor: { kind: 'facilitator' },
      } as RoomEvent);
    add({ type: 'room_created', roomId: 'r', code: 'EIGEN2', groupName: null, scenario });
    add({ type: 'session_started' });
    add({ type: 'block_entered', blockIndex: index('casus-verbinder') });
    const unchosen = projectForPresenter(foldRoom(events)).block?.content;
    expect(unchosen?.kind === 'casus' && unchosen.caseText).toContain('Klaverveld');

    add({ type: 'block_entered', blockIndex: index('dossiers') });
    const chosen = { title: 'De toezegging op de markt', text: 'De wethouder beloofde iets.' };
    add({ type: 'case_listed', blockId: 'dossiers', candidateId: 'k1', ...chosen, sources: [] });
    add({ type: 'case_chosen', blockId: 'dossiers', candidateId: 'k1', ...chosen });
    for (const round of ['casus-bureaucraat', 'casus-ondernemer', 'casus-verbinder']) {
      add({ type: 'block_entered', blockIndex: index(round) });
      const content = projectForPresenter(foldRoom(events)).block?.content;
      expect(content?.kind === 'casus' && content.caseText, round).toContain(chosen.title);
    }
    expect(checkRoomLog(events, Date.UTC(2026, 11, 8)).ok).toBe(true);
  });
});
