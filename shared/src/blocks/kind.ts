import type { Block, BlockInput, BlockKind } from '../scenario/schema.js';

/** The lists inside a block that the studio adds entries to. */
export type ItemListKey = 'options' | 'statements' | 'items' | 'cards';

export type BlockOf<K extends BlockKind> = Extract<Block, { kind: K }>;
export type BlockInputOf<K extends BlockKind> = Extract<BlockInput, { kind: K }>;

/**
 * What one kind of block decides, in one place: the server's decisions, the log check, the
 * projections and the studio all read it from here (shared/src/blocks/registry.ts), so a rule
 * never lives twice and a new kind is one module plus a component per screen that shows it.
 */
export interface BlockKindRules<K extends BlockKind> {
  kind: K;
  /** The kind's name in the client's message catalogs. */
  labelKey: `kind.${K}`;
  /** Participants answer it on their phones; such a block can be locked. */
  takesAnswers: boolean;
  /** Its tally is a chart that can be put on the projector ("show the results"). */
  chart: boolean;
  /** Nobody, the facilitator included, may learn who answered what. */
  anonymous: (block: BlockOf<K>) => boolean;
  /** The studio's new block: Dutch placeholder text that already passes the checker. */
  template: (id: string) => BlockInputOf<K>;
  /** The studio's new entry for each list the block has, with the id it is to carry. */
  items: Partial<Record<ItemListKey, (id: string) => object>>;
}

export const never = () => false;
