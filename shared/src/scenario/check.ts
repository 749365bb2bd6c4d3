import { rulesForBlock } from '../blocks/registry.js';
import { ScenarioSchema, plannedMinutes, type Block, type Scenario } from './schema.js';
import { problemsFromZod, type ScenarioProblem } from './problems.js';
import { englishIssues } from '../protocol/issue-messages.js';
import { meetingProblems } from './meetings.js';

export { roleCards } from '../blocks/roles.js';

export type ScenarioCheck =
  { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/**
 * The whole check of a scenario: the schema first, then what a schema cannot say — unique ids,
 * references to earlier blocks, what each kind asks of itself (its module's `check`), and planned
 * minutes that add up to the stated total.
 */
export function checkScenario(input: unknown): ScenarioCheck {
  const parsed = ScenarioSchema.safeParse(input, englishIssues());
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
    problems.push(...checkKind(scenario, block, index, firstIndex));
  });
  problems.push(...meetingProblems(scenario));
  const total = plannedMinutes(scenario);
  if (total !== scenario.minutes) {
    problems.push({
      path: ['minutes'],
      message: `the blocks add up to ${total} minutes; expected ${scenario.minutes} (change a block or the total)`,
    });
  }
  return problems;
}

/** Ids within each list of the block (options, statements, items, cards) are unique. */
function uniqueInnerIds(block: Block, index: number): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const record = block as unknown as Record<string, unknown>;
  for (const key of Object.keys(rulesForBlock(block).items)) {
    const list = record[key];
    if (!Array.isArray(list)) continue;
    const seen = new Set<string>();
    (list as Array<{ id: string }>).forEach((entry, i) => {
      if (seen.has(entry.id)) {
        problems.push({
          path: ['blocks', index, key, i, 'id'],
          message: `id "${entry.id}" is used twice in this block`,
        });
      }
      seen.add(entry.id);
    });
  }
  return problems;
}

/**
 * The block's reference to an earlier block of its kind, then the kind's own check, given the
 * referenced block once the reference is sound.
 */
function checkKind(
  scenario: Scenario,
  block: Block,
  index: number,
  earlierIds: Map<string, number>,
): ScenarioProblem[] {
  const rules = rulesForBlock(block);
  const ref = rules.reference?.(block) ?? null;
  const problems: ScenarioProblem[] = [];
  let target: Block | undefined;
  if (ref && ref.target !== undefined) {
    const path = ['blocks', index, ref.field];
    const targetIndex = earlierIds.get(ref.target);
    const found = targetIndex === undefined ? undefined : scenario.blocks[targetIndex];
    if (targetIndex === undefined || targetIndex >= index || !found) {
      const later = scenario.blocks.findIndex((b, i) => i > index && b.id === ref.target);
      problems.push({
        path,
        message:
          later >= 0
            ? `"${ref.target}" comes later (blocks[${later}]); ${ref.field} must point to an earlier block`
            : `there is no earlier block "${ref.target}"`,
      });
    } else if (found.kind !== block.kind) {
      problems.push({
        path,
        message: `expected "${ref.target}" to be a ${block.kind} block; found a ${found.kind} block`,
      });
    } else {
      target = found;
    }
  }
  const own = rules.check?.(block, { programme: scenario, index, target }) ?? [];
  for (const problem of own) {
    problems.push({ ...problem, path: ['blocks', index, ...problem.path] });
  }
  return problems;
}
