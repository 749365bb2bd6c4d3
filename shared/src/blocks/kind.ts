import type { BlockContent } from '../protocol/views.js';
import type { Answer } from '../room/answers.js';
import type { BlockResults } from '../results/tally.js';
import type { ScenarioProblem } from '../scenario/problems.js';
import type { Block, BlockInput, BlockKind, Scenario } from '../scenario/schema.js';
import { CommandRefused } from '../protocol/errors.js';

/** The lists inside a block that the studio adds entries to, each entry with an id of its own. */
export type ItemListKey = 'options' | 'statements' | 'items' | 'cards';

export type BlockOf<K extends BlockKind> = Extract<Block, { kind: K }>;
export type BlockInputOf<K extends BlockKind> = Extract<BlockInput, { kind: K }>;
export type AnswerOf<K extends string> = Extract<Answer, { kind: K }>;
export type ContentOf<K extends BlockKind> = Extract<BlockContent, { kind: K }>;
export type ResultsOf<K extends string> = Extract<BlockResults, { kind: K }>;

/** A case the room chose from its own practice (a practice block), as it was shown. */
export interface ChosenCase {
  title: string;
  text: string;
}

/**
 * What a block may read of the programme around it: the other blocks, the programme's case and,
 * in a room, the cases chosen so far per practice block id.
 */
export type Programme = Pick<Scenario, 'blocks' | 'case'> & {
  chosenCases?: Readonly<Record<string, ChosenCase>>;
};

/** An answer as report rows: (item, value) pairs, one per item of a list, one for the rest. */
export type AnswerCells = Array<[item: string | null, value: string]>;

/** How a kind's answers are checked, combined, counted and added up. */
export interface AnswerRules<A extends Answer, B extends Block = Block> {
  /**
   * Refuses (throws `CommandRefused`) an answer that does not fit the block exactly: unknown
   * options or items, points beyond the scale, texts over the block's limit. The live room and
   * an imported log both hold answers to this.
   */
  fit(block: B, answer: A): void;
  /** The answer kept after `next` arrives (the room's fold and the phone's unsent queue agree). */
  merge(previous: A | undefined, next: A): A;
  /** `next` adds nothing to `previous` (a double tap, a retry): it is not written again. */
  unchanged(previous: A, next: A): boolean;
  /**
   * The answer is finished (counted as done by the console, the projector, results and report);
   * before that it counts as started. Given the programme's block or its public content.
   */
  complete(block: Block | BlockContent, answer: A): boolean;
  /** What the answers add up to, without any name in it. */
  results(block: B, answers: readonly A[]): ResultsOf<A['kind']>;
  /** The answer as the session report's rows. */
  cells(answer: A): AnswerCells;
  /** The studio preview's answer of the `n`-th (0, 1, 2) sample participant. */
  sample(block: B, n: number): A;
  /**
   * Each participant's answer gets an opaque id of its own, drawn by the authority on the first
   * submission and unrelated to its author (a reflection, a dossier), for the console to act on.
   */
  ownsTextId?: true;
}

/** What the checker knows of a block beyond its schema. */
export interface CheckContext<B extends Block> {
  programme: Scenario;
  index: number;
  /**
   * The earlier block of the same kind that the block's reference names, once the reference
   * itself is sound (it exists, comes earlier, is of the same kind); undefined otherwise.
   */
  target: B | undefined;
}

/** A field naming an earlier block of the same kind that this one returns to. */
export interface BlockReference {
  field: string;
  target: string | undefined;
}

/**
 * What one kind of block decides, in one place: the server's decisions, the log check, the
 * projections, the checker and the studio all read it from here (shared/src/blocks/registry.ts),
 * so a rule never lives twice and a new kind is one module plus a component per screen that
 * shows it. The kind's schemas (programme, content, answer, results) sit beside its rules in the
 * same module and are assembled in shared/src/blocks/schemas.ts.
 */
export interface BlockKindRules<K extends BlockKind> {
  kind: K;
  /** The kind's name in the client's message catalogs. */
  labelKey: `kind.${K}`;
  /**
   * How participants' answers to it are checked and combine, or null when it takes none. A block
   * that takes answers can be locked.
   */
  answer: K extends Answer['kind'] ? AnswerRules<AnswerOf<K>, BlockOf<K>> : null;
  /** Its tally is a chart that can be put on the projector ("show the results"). */
  chart: boolean;
  /** The console runs it (deals the cards, forms the groups); otherwise the room just talks. */
  consoleActivity: boolean;
  /** The timer sits beside the block; a break shows its time as the block itself instead. */
  timerBeside: boolean;
  /** Nobody, the facilitator included, may learn who answered what. */
  anonymous: (block: BlockOf<K>) => boolean;
  /** What the room may see of it: never notes, never a private brief, never an item's type. */
  content: (block: BlockOf<K>, programme: Programme) => ContentOf<K>;
  /** What the phones ask, for the console to read out; null when the block asks nothing in words. */
  question: (block: BlockOf<K>) => string | null;
  /** The field that makes it return to an earlier block of its kind, or null when it has none. */
  reference: ((block: BlockOf<K>) => BlockReference) | null;
  /**
   * What the checker says beyond the schema, with paths inside the block; the checker adds
   * `blocks[index]` in front. Unique ids within the kind's lists are checked for every kind.
   */
  check: ((block: BlockOf<K>, context: CheckContext<BlockOf<K>>) => ScenarioProblem[]) | null;
  /**
   * The console splits the room into groups of this size for the block (a group talk, the pairs
   * of a keukenbezoek), or null (and no function) where the block forms none.
   */
  groupSize?: (block: BlockOf<K>) => number | null;
  /** The studio's new block: Dutch placeholder text that already passes the checker. */
  template: (id: string) => BlockInputOf<K>;
  /** The studio's new entry for each list the block has, with the id it is to carry. */
  items: Partial<Record<ItemListKey, (id: string) => object>>;
}

export const never = () => false;

/** A refusal of an answer that does not fit its block, pointing at the field that is wrong. */
export function misfit(message: string, field: string): CommandRefused {
  return new CommandRefused('invalid_payload', message, field);
}

/** The last answer wins, and an equal one is a repeat. */
export function replacing<A extends Answer, B extends Block>(
  rules: Pick<AnswerRules<A, B>, 'fit' | 'results' | 'cells' | 'sample'> & {
    same: (a: A, b: A) => boolean;
    done: (answer: A) => boolean;
  },
): AnswerRules<A, B> {
  return {
    fit: rules.fit,
    results: rules.results,
    cells: rules.cells,
    sample: rules.sample,
    merge: (_previous, next) => next,
    unchanged: rules.same,
    complete: (_block, answer) => rules.done(answer),
  };
}

/** The items a block answered item by item lists, and the points of its scale. */
export interface ItemScale {
  items: ReadonlyArray<{ id: string }>;
  points: number;
}

/** Every item of the list has a point on the block's scale. */
function everyAnswered(list: ItemScale, values: Readonly<Record<string, number>>): boolean {
  return list.items.every((item) => {
    const value = values[item.id];
    return value !== undefined && value >= 1 && value <= list.points;
  });
}

/**
 * Answered item by item (a scale, the stellingenlijst): each answer is a patch of item → point
 * that adds to what was there, later taps winning; a patch that changes no point is a repeat.
 * A patch names only items of the block, within its scale, and at least one.
 */
export function itemByItem<
  A extends Extract<Answer, { values: Record<string, number> }>,
  B extends Block,
>(
  itemsOf: (block: Block | BlockContent) => ItemScale | null,
  rules: Pick<AnswerRules<A, B>, 'results' | 'sample'>,
): AnswerRules<A, B> {
  return {
    ...rules,
    fit: (block, answer) => {
      const list = itemsOf(block);
      const ids = new Set(list?.items.map((item) => item.id));
      for (const [id, value] of Object.entries(answer.values)) {
        if (!ids.has(id)) throw misfit(`there is no statement "${id}"`, `answer.values.${id}`);
        if (list && value > list.points) {
          throw misfit(`the scale goes up to ${list.points}`, `answer.values.${id}`);
        }
      }
      if (Object.keys(answer.values).length === 0) {
        throw misfit('answer at least one statement', 'answer.values');
      }
    },
    complete: (block, answer) => {
      const list = itemsOf(block);
      return list !== null && everyAnswered(list, answer.values);
    },
    merge: (previous, next) =>
      previous ? ({ ...next, values: { ...previous.values, ...next.values } } as A) : next,
    unchanged: (previous, next) =>
      Object.entries(next.values).every(([id, value]) => previous.values[id] === value),
    cells: (answer) => Object.entries(answer.values).map(([item, value]) => [item, String(value)]),
  };
}

/** A point for each item, cycling over the scale so the sample charts are not all the same bar. */
export function samplePoints(
  items: ReadonlyArray<{ id: string }>,
  points: number,
  offset: number,
): Record<string, number> {
  return Object.fromEntries(items.map((item, i) => [item.id, ((offset + i) % points) + 1]));
}
