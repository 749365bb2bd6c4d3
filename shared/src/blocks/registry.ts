import type { Block, BlockInput, BlockKind } from '../scenario/schema.js';
import { breakRules } from './break.js';
import { casusRules } from './casus.js';
import { groupsRules } from './groups.js';
import { infoRules } from './info.js';
import { intentionsRules } from './intentions.js';
import type { Answer } from '../room/answers.js';
import type { BlockContent } from '../protocol/views.js';
import type { ScenarioProblem } from '../scenario/problems.js';
import type {
  AnswerRules,
  BlockKindRules,
  BlockReference,
  CheckContext,
  ItemListKey,
  Programme,
} from './kind.js';
import { pollRules } from './poll.js';
import { practiceRules } from './practice.js';
import { reflectionRules } from './reflection.js';
import { rolesRules } from './roles.js';
import { scaleRules } from './scale.js';
import { statementsRules } from './statements.js';
import { visitRules } from './visit.js';

export type { AnswerCells, BlockKindRules, ItemListKey } from './kind.js';

/** Every kind's rules; a mapped type, so a kind without its module does not compile. */
export const BLOCK_RULES: { readonly [K in BlockKind]: BlockKindRules<K> } = {
  info: infoRules,
  casus: casusRules,
  poll: pollRules,
  scale: scaleRules,
  statements: statementsRules,
  reflection: reflectionRules,
  roles: rolesRules,
  groups: groupsRules,
  break: breakRules,
  intentions: intentionsRules,
  practice: practiceRules,
  visit: visitRules,
};

/** The rules of a block's kind, for code that holds a block of any kind. */
export function rulesOf<K extends BlockKind>(kind: K): BlockKindRules<K> {
  return BLOCK_RULES[kind];
}

/**
 * The answer rules of an answer kind (each is a block kind that takes answers), for code that
 * holds an answer or a block of any kind; the caller has checked the two kinds agree.
 */
export function answerRulesFor<A extends Answer>(kind: A['kind']): AnswerRules<A, Block> {
  return BLOCK_RULES[kind].answer as unknown as AnswerRules<A, Block>;
}

/** A kind's rules that read a block, as seen from code that holds a block of any kind. */
export interface RulesForAnyBlock {
  anonymous(block: Block): boolean;
  content(block: Block, programme: Programme): BlockContent;
  question(block: Block): string | null;
  reference: ((block: Block) => BlockReference) | null;
  check: ((block: Block, context: CheckContext<Block>) => ScenarioProblem[]) | null;
  items: BlockKindRules<BlockKind>['items'];
  groupSize?: (block: Block) => number | null;
}

/**
 * The rules of `block`'s own kind. Each kind's rules take only a block of that kind, and the kind
 * is read from the block itself, so handing it the block is always right.
 */
export function rulesForBlock(block: Block): RulesForAnyBlock {
  return BLOCK_RULES[block.kind] as unknown as RulesForAnyBlock;
}

/** Whether nobody may learn who answered what in this block. */
export function blockIsAnonymous(block: Block): boolean {
  return rulesForBlock(block).anonymous(block);
}

/** The studio's new block of `kind` under `id`. */
export function blockTemplate(kind: BlockKind, id: string): BlockInput {
  return rulesOf(kind).template(id);
}

/** The studio's new entry for list `key` of a block of `kind`, or null when it has no such list. */
export function itemTemplate(kind: BlockKind, key: ItemListKey, id: string): object | null {
  return rulesOf(kind).items[key]?.(id) ?? null;
}

/** The size of the groups the console forms in this block, or null where it forms none. */
export function groupSizeOf(block: Block): number | null {
  return rulesForBlock(block).groupSize?.(block) ?? null;
}
