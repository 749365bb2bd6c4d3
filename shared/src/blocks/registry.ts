import type { Block, BlockInput, BlockKind } from '../scenario/schema.js';
import { breakRules } from './break.js';
import { casusRules } from './casus.js';
import { groupsRules } from './groups.js';
import { infoRules } from './info.js';
import { intentionsRules } from './intentions.js';
import type { BlockKindRules, ItemListKey } from './kind.js';
import { pollRules } from './poll.js';
import { reflectionRules } from './reflection.js';
import { rolesRules } from './roles.js';
import { scaleRules } from './scale.js';
import { statementsRules } from './statements.js';

export type { BlockKindRules, ItemListKey } from './kind.js';

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
};

/** The rules of a block's kind, for code that holds a block of any kind. */
export function rulesOf<K extends BlockKind>(kind: K): BlockKindRules<K> {
  return BLOCK_RULES[kind];
}

/** Whether nobody may learn who answered what in this block. */
export function blockIsAnonymous(block: Block): boolean {
  return (rulesOf(block.kind).anonymous as (b: Block) => boolean)(block);
}

/** The studio's new block of `kind` under `id`. */
export function blockTemplate(kind: BlockKind, id: string): BlockInput {
  return rulesOf(kind).template(id);
}

/** The studio's new entry for list `key` of a block of `kind`, or null when it has no such list. */
export function itemTemplate(kind: BlockKind, key: ItemListKey, id: string): object | null {
  return rulesOf(kind).items[key]?.(id) ?? null;
}
