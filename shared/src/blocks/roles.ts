import { z } from 'zod/mini';
import { blockBase, roleCardSchema, ScenarioIdSchema, type RoleCard } from '../scenario/fields.js';
import type { ScenarioProblem } from '../scenario/problems.js';
import type { Block } from '../scenario/schema.js';
import { caseFromProblems } from './casus.js';
import { never, type BlockKindRules, type BlockOf, type Programme } from './kind.js';

/** A role play: cards dealt from the console; nothing answered on the phone. */

export const RolesBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('roles'),
  /**
   * The cards; without them the round plays the cast of the programme's `case`, or the cards of
   * the round it swaps.
   */
  cards: z.optional(z.array(roleCardSchema).check(z.minLength(2), z.maxLength(12))),
  assignment: z._default(z.enum(['random', 'facilitator']), 'random'),
  /** An earlier roles block whose cards this round plays again, with the players swapped. */
  swapsWith: z.optional(ScenarioIdSchema),
  /**
   * Who swaps with whom: whoever had the first card of a pair gets the second, and the other way
   * round; a card in no pair stays with its player. Without pairs, every player moves on to the
   * next card in the list. Only with swapsWith.
   */
  swapPairs: z.optional(
    z.array(z.tuple([ScenarioIdSchema, ScenarioIdSchema])).check(z.maxLength(6)),
  ),
  /**
   * An earlier practice block: once the room has chosen a case there, the role play is about that
   * case, shown above the cards on every screen.
   */
  caseFrom: z.optional(ScenarioIdSchema),
});

/** The cards as the room sees them: never the private brief. */
export const RolesContentSchema = z.strictObject({
  kind: z.literal('roles'),
  cards: z.array(z.strictObject({ id: z.string(), name: z.string(), public: z.string() })),
  /** The case from practice the room chose for this role play (`caseFrom`), once it is chosen. */
  caseText: z.optional(z.string()),
});

type RolesBlock = BlockOf<'roles'>;

/**
 * The cards a roles block plays: its own, those of the round it swaps, or the cast of the
 * programme's case.
 */
export function roleCards(programme: Programme, block: RolesBlock): RoleCard[] | null {
  const seen = new Set<string>();
  let current: Block | undefined = block;
  while (current && current.kind === 'roles' && !seen.has(current.id)) {
    if (current.cards) return current.cards;
    seen.add(current.id);
    const target: string | undefined = current.swapsWith;
    current = target === undefined ? undefined : programme.blocks.find((b) => b.id === target);
  }
  return programme.case?.cast ?? null;
}

/** A swapped round plays the cards of the round it swaps, and pairs only cards from there. */
function sameCardsAs(
  programme: Programme,
  block: RolesBlock,
  target: RolesBlock,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const theirCards = roleCards(programme, target) ?? [];
  if (block.cards) {
    const mine = block.cards.map((c) => c.id).join(', ');
    const theirs = theirCards.map((c) => c.id).join(', ');
    if (mine !== theirs) {
      problems.push({
        path: ['cards'],
        message: `a swapped round plays the cards of "${target.id}" (${theirs}); found ${mine} (leave "cards" out to reuse them)`,
      });
    }
  }
  const known = new Set(theirCards.map((c) => c.id));
  const used = new Set<string>();
  block.swapPairs?.forEach((pair, p) =>
    pair.forEach((cardId, side) => {
      const at = ['swapPairs', p, side];
      if (!known.has(cardId)) {
        problems.push({ path: at, message: `there is no card "${cardId}" in "${target.id}"` });
      } else if (used.has(cardId)) {
        problems.push({ path: at, message: `card "${cardId}" is already in another pair` });
      }
      used.add(cardId);
    }),
  );
  return problems;
}

const newCard = (id: string, name: string) => ({
  id,
  name,
  public: 'Wat iedereen van deze rol weet.',
  brief: 'Wat alleen de speler van deze rol weet.',
});

export const rolesRules: BlockKindRules<'roles'> = {
  kind: 'roles',
  labelKey: 'kind.roles',
  answer: null,
  chart: false,
  consoleActivity: true,
  timerBeside: true,
  anonymous: never,
  content: (block, programme) => {
    const chosen =
      block.caseFrom === undefined ? undefined : programme.chosenCases?.[block.caseFrom];
    return {
      kind: 'roles',
      cards: (roleCards(programme, block) ?? []).map((c) => ({
        id: c.id,
        name: c.name,
        public: c.public,
      })),
      ...(chosen ? { caseText: `## ${chosen.title}\n\n${chosen.text}` } : {}),
    };
  },
  question: () => null,
  reference: (block) => ({ field: 'swapsWith', target: block.swapsWith }),
  check: (block, { programme, target, index }) => {
    const problems: ScenarioProblem[] = caseFromProblems(programme, index, block.caseFrom);
    if (!block.swapsWith && !block.cards && !programme.case?.cast) {
      problems.push({
        path: ['cards'],
        message: programme.case
          ? 'this roles block plays the cast of the programme\'s case, but the case has no "cast": add it there, or give the block its own "cards"'
          : 'a roles block needs its "cards", the cast of the programme\'s "case", or an earlier round it swaps ("swapsWith")',
      });
    }
    if (!block.swapsWith && block.swapPairs) {
      problems.push({
        path: ['swapPairs'],
        message: '"swapPairs" only has meaning together with "swapsWith"',
      });
    }
    if (target) problems.push(...sameCardsAs(programme, block, target));
    return problems;
  },
  template: (id) => ({
    id,
    kind: 'roles',
    title: 'Nieuw rollenspel',
    minutes: 20,
    cards: [newCard(`${id}-rol-1`, 'Bestuurder'), newCard(`${id}-rol-2`, 'Ambtenaar')],
  }),
  items: { cards: (id) => newCard(id, 'Nieuwe rol') },
};
