import type { Block, Scenario } from '../scenario/schema.js';
import type { Perspective } from '../scenario/perspectives.js';
import type { BlockContent } from '../protocol/views.js';
import { roleCards } from '../scenario/check.js';

/** The public content of a block, per kind. Private briefs and item types stay out. */
export function blockContent(scenario: Scenario, block: Block): BlockContent {
  switch (block.kind) {
    case 'info':
    case 'break':
      return { kind: block.kind };
    case 'casus':
      return {
        kind: 'casus',
        caseText: caseTextOf(scenario, block),
        perspective: block.perspective,
      };
    case 'poll':
      return {
        kind: 'poll',
        question: block.question,
        multiple: block.multiple,
        options: block.options.map((o) => ({ id: o.id, label: o.label })),
      };
    case 'scale':
      return {
        kind: 'scale',
        statements: block.statements.map((s) => ({ id: s.id, text: s.text })),
        points: block.points,
      };
    case 'statements':
      return {
        kind: 'statements',
        items: block.items.map((item) => ({ id: item.id, text: item.text })),
        points: block.points,
      };
    case 'reflection':
      return {
        kind: 'reflection',
        prompt: block.prompt,
        anonymous: block.anonymous,
        maxLength: block.maxLength,
      };
    case 'roles':
      return {
        kind: 'roles',
        cards: (roleCards(scenario, block) ?? []).map((c) => ({
          id: c.id,
          name: c.name,
          public: c.public,
        })),
      };
    case 'groups':
      return { kind: 'groups', size: block.size, prompt: block.prompt };
    case 'intentions':
      return { kind: 'intentions', prompt: block.prompt, max: block.max };
  }
}

/** A casus block's own case, the one of the block it returns to, or the programme's case. */
export function caseTextOf(
  scenario: Pick<Scenario, 'blocks' | 'case'>,
  block: Extract<Block, { kind: 'casus' }>,
): string | null {
  if (block.case) return block.case;
  if (block.sameCaseAs !== undefined) {
    const origin = scenario.blocks.find((b) => b.id === block.sameCaseAs);
    if (origin?.kind === 'casus' && origin.case) return origin.case;
  }
  return scenario.case ? caseDossier(scenario.case) : null;
}

/** The programme's case as one text: its title as the heading the sheet shows, then the dossier. */
function caseDossier(programmeCase: NonNullable<Scenario['case']>): string {
  return `## ${programmeCase.title}\n\n${programmeCase.text}`;
}

/**
 * The lens a vote was cast through: the perspective of the casus right before it. A vote that
 * does not follow a casus directly was not cast through any lens.
 */
export function perspectiveBefore(scenario: Scenario, index: number): Perspective | null {
  const before = scenario.blocks[index - 1];
  return before?.kind === 'casus' ? before.perspective : null;
}

/**
 * The rounds of a returning question, up to and including the block at `index`: the first
 * asking and every later block that repeats it. Empty for a question asked once.
 */
export function questionRounds(
  scenario: Scenario,
  index: number,
): Array<{ block: Block; index: number }> {
  const block = scenario.blocks[index];
  if (!block || (block.kind !== 'poll' && block.kind !== 'scale')) return [];
  const byId = new Map(scenario.blocks.map((b) => [b.id, b]));
  // Follow `repeats` back to the first asking, however long the chain.
  const originOf = (b: Block): string => {
    const seen = new Set<string>();
    let current: Block | undefined = b;
    while (current && (current.kind === 'poll' || current.kind === 'scale') && current.repeats) {
      if (seen.has(current.id)) break;
      seen.add(current.id);
      current = byId.get(current.repeats);
    }
    return current?.id ?? b.id;
  };
  const origin = originOf(block);
  const rounds = scenario.blocks
    .map((b, i) => ({ block: b, index: i }))
    .filter(({ block: b, index: i }) => i <= index && (b.id === origin || originOf(b) === origin));
  return rounds.length > 1 ? rounds : [];
}
