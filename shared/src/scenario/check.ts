import {
  ScenarioSchema,
  plannedMinutes,
  type Block,
  type RoleCard,
  type Scenario,
} from './schema.js';
import { problemsFromZod, type ScenarioProblem } from './problems.js';

export type ScenarioCheck =
  { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/**
 * The whole check of a scenario: the schema first, then what a schema cannot say — unique ids,
 * references to earlier blocks, and planned minutes that add up to the stated total.
 */
export function checkScenario(input: unknown): ScenarioCheck {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error.issues, input) };
  const problems = crossCheck(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenario: parsed.data };
}

function crossCheck(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const firstIndex = new Map<string, number>();
  scenario.blocks.forEach((block, index) => {
    const earlier = firstIndex.get(block.id);
    if (earlier !== undefined) {
      problems.push({
        path: ['blocks', index, 'id'],
        message: `block id "${block.id}" is already used by blocks[${earlier}]`,
      });
    } else {
      firstIndex.set(block.id, index);
    }
    problems.push(...uniqueInnerIds(block, index));
    if (block.autoStartTimer && block.minutes === 0) {
      problems.push({
        path: ['blocks', index, 'autoStartTimer'],
        message:
          'a block of 0 minutes has no time to count down: give it minutes or drop autoStartTimer',
      });
    }
    problems.push(...checkReference(scenario, block, index, firstIndex));
  });
  const total = plannedMinutes(scenario);
  if (total !== scenario.minutes) {
    problems.push({
      path: ['minutes'],
      message: `the blocks add up to ${total} minutes; expected ${scenario.minutes} (change a block or the total)`,
    });
  }
  return problems;
}

function innerItems(block: Block): { key: string; ids: string[] } | null {
  switch (block.kind) {
    case 'poll':
      return { key: 'options', ids: block.options.map((o) => o.id) };
    case 'scale':
      return { key: 'statements', ids: block.statements.map((s) => s.id) };
    case 'statements':
      return { key: 'items', ids: block.items.map((i) => i.id) };
    case 'roles':
      return block.cards ? { key: 'cards', ids: block.cards.map((c) => c.id) } : null;
    default:
      return null;
  }
}

function uniqueInnerIds(block: Block, index: number): ScenarioProblem[] {
  const inner = innerItems(block);
  if (!inner) return [];
  const seen = new Set<string>();
  const problems: ScenarioProblem[] = [];
  inner.ids.forEach((id, i) => {
    if (seen.has(id)) {
      problems.push({
        path: ['blocks', index, inner.key, i, 'id'],
        message: `id "${id}" is used twice in this block`,
      });
    }
    seen.add(id);
  });
  return problems;
}

/** Reference fields and the kind of block each must point back to. */
function checkReference(
  scenario: Scenario,
  block: Block,
  index: number,
  earlierIds: Map<string, number>,
): ScenarioProblem[] {
  const ref =
    block.kind === 'poll' || block.kind === 'scale'
      ? { field: 'repeats', target: block.repeats, kind: block.kind }
      : block.kind === 'casus'
        ? { field: 'sameCaseAs', target: block.sameCaseAs, kind: 'casus' as const }
        : block.kind === 'roles'
          ? { field: 'swapsWith', target: block.swapsWith, kind: 'roles' as const }
          : null;
  const problems: ScenarioProblem[] = [];
  if (block.kind === 'casus' && !block.case && !block.sameCaseAs && !scenario.case) {
    problems.push({
      path: ['blocks', index, 'case'],
      message:
        'this casus plays the programme\'s case, but the programme has none: add "case" at the top (title, text), or give the block its own "case" or "sameCaseAs"',
    });
  }
  if (block.kind === 'casus' && block.case && block.sameCaseAs) {
    problems.push({
      path: ['blocks', index, 'sameCaseAs'],
      message: 'a casus has either its own "case" or "sameCaseAs", not both',
    });
  }
  if (block.kind === 'roles') problems.push(...checkRoles(scenario, block, index));
  if (!ref || ref.target === undefined) return problems;
  const path = ['blocks', index, ref.field];
  const targetIndex = earlierIds.get(ref.target);
  const target = targetIndex === undefined ? undefined : scenario.blocks[targetIndex];
  if (targetIndex === undefined || targetIndex >= index || !target) {
    const later = scenario.blocks.findIndex((b, i) => i > index && b.id === ref.target);
    problems.push({
      path,
      message:
        later >= 0
          ? `"${ref.target}" comes later (blocks[${later}]); ${ref.field} must point to an earlier block`
          : `there is no earlier block "${ref.target}"`,
    });
    return problems;
  }
  if (target.kind !== ref.kind) {
    problems.push({
      path,
      message: `expected "${ref.target}" to be a ${ref.kind} block; found a ${target.kind} block`,
    });
    return problems;
  }
  if (block.kind === 'poll' && target.kind === 'poll') {
    // Rounds are shown side by side: the same options, worded the same, the same way of choosing.
    problems.push(...sameOptions(block, target, index));
    if (block.multiple !== target.multiple) {
      problems.push({
        path: ['blocks', index],
        message: `a repeated vote chooses the way "${target.id}" does (multiple: ${target.multiple})`,
      });
    }
  }
  if (block.kind === 'scale' && target.kind === 'scale') {
    const mine = block.statements.map((s) => s.id).join(', ');
    const theirs = target.statements.map((s) => s.id).join(', ');
    if (mine !== theirs) {
      problems.push({
        path: ['blocks', index, 'statements'],
        message: `a repeated scale keeps the statements of "${target.id}" (${theirs}); found ${mine}`,
      });
    }
  }
  if (block.kind === 'roles' && target.kind === 'roles' && block.cards) {
    const mine = block.cards.map((c) => c.id).join(', ');
    const theirs = (roleCards(scenario, target) ?? []).map((c) => c.id).join(', ');
    if (mine !== theirs) {
      problems.push({
        path: ['blocks', index, 'cards'],
        message: `a swapped round plays the cards of "${target.id}" (${theirs}); found ${mine} (leave "cards" out to reuse them)`,
      });
    }
  }
  if (block.kind === 'roles' && target.kind === 'roles' && block.swapPairs) {
    const known = new Set((roleCards(scenario, target) ?? []).map((c) => c.id));
    const used = new Set<string>();
    block.swapPairs.forEach((pair, p) =>
      pair.forEach((cardId, side) => {
        const at = ['blocks', index, 'swapPairs', p, side];
        if (!known.has(cardId)) {
          problems.push({ path: at, message: `there is no card "${cardId}" in "${target.id}"` });
        } else if (used.has(cardId)) {
          problems.push({ path: at, message: `card "${cardId}" is already in another pair` });
        }
        used.add(cardId);
      }),
    );
  }
  if (block.kind === 'casus' && target.kind === 'casus' && !target.case && !scenario.case) {
    problems.push({ path, message: `"${target.id}" has no case text of its own to return to` });
  }
  return problems;
}

function checkRoles(
  scenario: Scenario,
  block: Extract<Block, { kind: 'roles' }>,
  index: number,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  if (!block.swapsWith && !block.cards && !scenario.case?.cast) {
    problems.push({
      path: ['blocks', index, 'cards'],
      message: scenario.case
        ? 'this roles block plays the cast of the programme\'s case, but the case has no "cast": add it there, or give the block its own "cards"'
        : 'a roles block needs its "cards", the cast of the programme\'s "case", or an earlier round it swaps ("swapsWith")',
    });
  }
  if (!block.swapsWith && block.swapPairs) {
    problems.push({
      path: ['blocks', index, 'swapPairs'],
      message: '"swapPairs" only has meaning together with "swapsWith"',
    });
  }
  return problems;
}

/**
 * The cards a roles block plays: its own, those of the round it swaps, or the cast of the
 * programme's case.
 */
export function roleCards(
  scenario: Pick<Scenario, 'blocks' | 'case'>,
  block: Extract<Block, { kind: 'roles' }>,
): RoleCard[] | null {
  const seen = new Set<string>();
  let current: Block | undefined = block;
  while (current && current.kind === 'roles' && !seen.has(current.id)) {
    if (current.cards) return current.cards;
    seen.add(current.id);
    const target: string | undefined = current.swapsWith;
    current = target === undefined ? undefined : scenario.blocks.find((b) => b.id === target);
  }
  return scenario.case?.cast ?? null;
}

/** Points at the first option of a repeated vote that differs from the vote it repeats. */
function sameOptions(
  block: Extract<Block, { kind: 'poll' }>,
  target: Extract<Block, { kind: 'poll' }>,
  index: number,
): ScenarioProblem[] {
  const count = Math.max(block.options.length, target.options.length);
  for (let i = 0; i < count; i++) {
    const mine = block.options[i];
    const theirs = target.options[i];
    if (!mine || !theirs) {
      return [
        {
          path: ['blocks', index, 'options'],
          message: `a repeated vote keeps the ${target.options.length} options of "${target.id}"; found ${block.options.length}`,
        },
      ];
    }
    for (const field of ['id', 'label'] as const) {
      if (mine[field] !== theirs[field]) {
        return [
          {
            path: ['blocks', index, 'options', i, field],
            message: `a repeated vote keeps the options of "${target.id}" word for word: expected "${theirs[field]}"; found "${mine[field]}"`,
          },
        ];
      }
    }
  }
  return [];
}
