import type { BlockKind, ScenarioInput } from '@samenspel/shared';
import { toTextBlocks } from '../../../lib/textBlocks';
import type { TimedBlockInput } from './runSheet';

/** One block as the run sheet shows it: its timing and what the trainer needs beside it. */
export interface SheetBlock extends TimedBlockInput {
  kind: BlockKind;
  /** The facilitator notes as written (Markdown), empty when there are none. */
  notes: string;
}

export function sheetBlocks(draft: ScenarioInput): SheetBlock[] {
  return draft.blocks.map((block) => ({
    id: block.id,
    kind: block.kind,
    title: block.title,
    minutes: block.minutes,
    notes: block.notes ?? '',
  }));
}

/** Markdown read as one line of plain text, for an excerpt in a narrow table cell. */
export function plainText(markdown: string): string {
  return toTextBlocks(markdown)
    .flatMap((block) =>
      block.kind === 'list'
        ? block.items.map((runs) => runs.map((run) => run.text).join(''))
        : [block.runs.map((run) => run.text).join('')],
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first words of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max = 140): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The schema has no field for materials: trainers write them as a paragraph that starts with
 * "Nodig:" (as the shipped programmes do in their description) or "Materiaal:". Those
 * paragraphs are what the paper copy lists under materials.
 */
const MATERIALS =
  /^\s*(?:\*\*)?(nodig|materiaal|materialen|benodigdheden|materials?|you need|needed)\s*:/i;

export function materialsOf(markdown: string | undefined): string[] {
  if (!markdown) return [];
  return markdown
    .split(/\n\s*\n/)
    .filter((paragraph) => MATERIALS.test(paragraph))
    .map((paragraph) => plainText(paragraph));
}
