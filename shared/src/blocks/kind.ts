import type { BlockContent } from '../protocol/views.js';
import type { Answer } from '../room/answers.js';
import type { Block, BlockInput, BlockKind } from '../scenario/schema.js';

/** The lists inside a block that the studio adds entries to. */
export type ItemListKey = 'options' | 'statements' | 'items' | 'cards';

export type BlockOf<K extends BlockKind> = Extract<Block, { kind: K }>;
export type BlockInputOf<K extends BlockKind> = Extract<BlockInput, { kind: K }>;
export type AnswerOf<K extends string> = Extract<Answer, { kind: K }>;

/** How a kind's answers combine: what the room keeps after another one, and when one is a repeat. */
export interface AnswerRules<A extends Answer> {
  /** The answer kept after `next` arrives (the room's fold and the phone's unsent queue agree). */
  merge(previous: A | undefined, next: A): A;
  /** `next` adds nothing to `previous` (a double tap, a retry): it is not written again. */
  unchanged(previous: A, next: A): boolean;
  /**
   * The answer is finished (counted as done by the console, the projector, results and report);
   * before that it counts as started. Given the programme's block or its public content.
   */
  complete(block: Block | BlockContent, answer: A): boolean;
}

/**
 * What one kind of block decides, in one place: the server's decisions, the log check, the
 * projections and the studio all read it from here (shared/src/blocks/registry.ts), so a rule
 * never lives twice and a new kind is one module plus a component per screen that shows it.
 */
export interface BlockKindRules<K extends BlockKind> {
  kind: K;
  /** The kind's name in the client's message catalogs. */
  labelKey: `kind.${K}`;
  /**
   * How participants' answers to it combine, or null when it takes none. A block that takes
   * answers can be locked.
   */
  answer: K extends Answer['kind'] ? AnswerRules<AnswerOf<K>> : null;
  /** Its tally is a chart that can be put on the projector ("show the results"). */
  chart: boolean;
  /** The console runs it (deals the cards, forms the groups); otherwise the room just talks. */
  consoleActivity: boolean;
  /** The timer sits beside the block; a break shows its time as the block itself instead. */
  timerBeside: boolean;
  /** Nobody, the facilitator included, may learn who answered what. */
  anonymous: (block: BlockOf<K>) => boolean;
  /** The studio's new block: Dutch placeholder text that already passes the checker. */
  template: (id: string) => BlockInputOf<K>;
  /** The studio's new entry for each list the block has, with the id it is to carry. */
  items: Partial<Record<ItemListKey, (id: string) => object>>;
}

export const never = () => false;

/** The last answer wins, and an equal one is a repeat. */
export function replacing<A extends Answer>(
  same: (a: A, b: A) => boolean,
  complete: (answer: A) => boolean,
): AnswerRules<A> {
  return {
    merge: (_previous, next) => next,
    unchanged: same,
    complete: (_block, answer) => complete(answer),
  };
}

/** Every item of the list has a point on the block's scale. */
function everyAnswered(
  items: ReadonlyArray<{ id: string }>,
  values: Readonly<Record<string, number>>,
  points: number,
): boolean {
  return items.every((item) => {
    const value = values[item.id];
    return value !== undefined && value >= 1 && value <= points;
  });
}

/**
 * Answered item by item (a scale, the stellingenlijst): each answer is a patch of item → point
 * that adds to what was there, later taps winning; a patch that changes no point is a repeat.
 */
export function itemByItem<A extends Extract<Answer, { values: Record<string, number> }>>(
  itemsOf: (
    block: Block | BlockContent,
  ) => { items: ReadonlyArray<{ id: string }>; points: number } | null,
): AnswerRules<A> {
  return {
    complete: (block, answer) => {
      const list = itemsOf(block);
      return list !== null && everyAnswered(list.items, answer.values, list.points);
    },
    merge: (previous, next) =>
      previous ? ({ ...next, values: { ...previous.values, ...next.values } } as A) : next,
    unchanged: (previous, next) =>
      Object.entries(next.values).every(([id, value]) => previous.values[id] === value),
  };
}
