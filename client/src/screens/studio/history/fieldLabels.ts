import type { MessageKey } from '../../../i18n/types';
import type { Translate } from '../../../i18n/useT';

/** Catalog keys for the fields a comparison names; a field not listed shows its file name. */
const BLOCK_FIELDS: Record<string, MessageKey> = {
  kind: 'studio.planner.field.kind',
  title: 'studio.planner.field.title',
  minutes: 'studio.planner.field.minutes',
  screen: 'studio.planner.field.screen',
  phone: 'studio.planner.field.phone',
  notes: 'studio.planner.field.notes',
  autoStartTimer: 'studio.planner.field.autoStartTimer',
  case: 'studio.planner.field.case',
  sameCaseAs: 'studio.planner.field.sameCaseAs',
  perspective: 'studio.planner.field.perspective',
  question: 'studio.planner.field.question',
  multiple: 'studio.planner.field.multiple',
  options: 'studio.planner.field.options',
  repeats: 'studio.planner.field.repeats',
  statements: 'studio.planner.field.statements',
  points: 'studio.planner.field.points',
  items: 'studio.planner.field.items',
  prompt: 'studio.planner.field.prompt',
  anonymous: 'studio.planner.field.anonymous',
  maxLength: 'studio.planner.field.maxLength',
  cards: 'studio.planner.field.cards',
  assignment: 'studio.planner.field.assignment',
  swapsWith: 'studio.planner.field.swapsWith',
  swapPairs: 'studio.planner.field.swapPairs',
  size: 'studio.planner.field.size',
  max: 'studio.planner.field.max',
};

const PROGRAMME_FIELDS: Record<string, MessageKey> = {
  id: 'studio.planner.programmeField.id',
  title: 'studio.planner.programmeField.title',
  language: 'studio.planner.programmeField.language',
  audience: 'studio.planner.programmeField.audience',
  description: 'studio.planner.programmeField.description',
  case: 'studio.planner.programmeField.case',
  minutes: 'studio.planner.programmeField.minutes',
};

export function blockFieldLabel(t: Translate, field: string): string {
  const key = Object.hasOwn(BLOCK_FIELDS, field) ? BLOCK_FIELDS[field] : undefined;
  return key ? t(key) : field;
}

export function programmeFieldLabel(t: Translate, field: string): string {
  const key = Object.hasOwn(PROGRAMME_FIELDS, field) ? PROGRAMME_FIELDS[field] : undefined;
  return key ? t(key) : field;
}
