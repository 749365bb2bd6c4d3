import { describe, expect, it } from 'vitest';
import {
  ScenarioSchema,
  parseAtBoundary,
  plannedMinutes,
  type ScenarioInput,
} from '@samenspel/shared';
import { scenarioInput } from './fixtures.js';

type BlockInput = ScenarioInput['blocks'][number];

const programme = (...blocks: unknown[]): unknown => ({
  id: 'test-programma',
  title: 'Test',
  minutes: 10,
  blocks,
});

function fieldOfRefusal(input: unknown): string | undefined {
  const result = parseAtBoundary(ScenarioSchema, input);
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.error.field;
}

describe('ScenarioSchema', () => {
  it('accepts the fixture programme and fills the defaults', () => {
    const scenario = ScenarioSchema.parse(scenarioInput);
    expect(scenario.language).toBe('nl');
    expect(scenario.blocks[2]).toMatchObject({ kind: 'poll', multiple: false });
    expect(plannedMinutes(scenario)).toBe(20);
  });

  it('fills reflection and statements defaults', () => {
    const reflection: BlockInput = {
      id: 'terugblik',
      kind: 'reflection',
      title: 'Terugblik',
      minutes: 5,
      prompt: 'What did you notice?',
    };
    const statements: BlockInput = {
      id: 'stellingen',
      kind: 'statements',
      title: 'Stellingen',
      minutes: 5,
      items: [
        { id: 's1', text: 'Rules first', type: 'bureaucraat' },
        { id: 's2', text: 'Try something new', type: 'ondernemer' },
        { id: 's3', text: 'Talk to everyone', type: 'verbinder', reversed: true },
      ],
    };
    const scenario = ScenarioSchema.parse(programme(reflection, statements));
    expect(scenario.blocks[0]).toMatchObject({ anonymous: false, maxLength: 1000 });
    expect(scenario.blocks[1]).toMatchObject({ points: 5 });
    const items = scenario.blocks[1]?.kind === 'statements' ? scenario.blocks[1].items : [];
    expect(items.map((item) => item.reversed)).toEqual([false, false, true]);
  });

  it('refuses an unknown key at the top (a trainer’s typo)', () => {
    const result = parseAtBoundary(ScenarioSchema, { ...scenarioInput, auteur: 'Mieke' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(result.ok ? '' : result.error.message).toContain('auteur');
  });

  it('refuses an unknown key in a block', () => {
    const block = { id: 'a', kind: 'info', title: 'A', minutes: 10, colour: 'red' };
    const result = parseAtBoundary(ScenarioSchema, programme(block));
    expect(result.ok ? '' : result.error.message).toContain('colour');
  });

  it('refuses an unknown block kind on blocks.N.kind', () => {
    const block = { id: 'a', kind: 'dance', title: 'A', minutes: 10 };
    expect(fieldOfRefusal(programme(block))).toBe('blocks.0.kind');
  });

  it('refuses a statement with an unknown ideal type on its type field', () => {
    const block = {
      id: 'stellingen',
      kind: 'statements',
      title: 'Stellingen',
      minutes: 10,
      items: [
        { id: 's1', text: 'Rules first', type: 'bureaucraat' },
        { id: 's2', text: 'Manage it', type: 'manager' },
        { id: 's3', text: 'Talk to everyone', type: 'verbinder' },
      ],
    };
    expect(fieldOfRefusal(programme(block))).toBe('blocks.0.items.1.type');
  });

  it('refuses a casus without a perspective and a poll with one option', () => {
    const casus = { id: 'c', kind: 'casus', title: 'C', minutes: 10 };
    expect(fieldOfRefusal(programme(casus))).toBe('blocks.0.perspective');
    const poll = {
      id: 'p',
      kind: 'poll',
      title: 'P',
      minutes: 10,
      question: 'Q?',
      options: [{ id: 'a', label: 'A' }],
    };
    expect(fieldOfRefusal(programme(poll))).toBe('blocks.0.options');
  });
});
