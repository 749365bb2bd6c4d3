import type { ScenarioInput } from '@samenspel/shared';
import { newBlock } from '../../src/screens/studio/model/blockTemplates';

/** A small valid programme: an info block, a poll and a break. */
export function sampleDraft(): ScenarioInput {
  const blocks = [
    newBlock('info', 'welkom'),
    newBlock('poll', 'peiling'),
    newBlock('break', 'pauze'),
  ];
  return {
    id: 'proef',
    title: 'Proefprogramma',
    minutes: blocks.reduce((sum, block) => sum + block.minutes, 0),
    blocks,
  };
}

/** Freezes every object and array inside, so a mutating edit throws instead of passing silently. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
