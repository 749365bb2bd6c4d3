import { z } from 'zod/mini';
import { earlierBlockProblems } from './earlier-block.js';
import { blockBase, ScenarioIdSchema, text } from '../scenario/fields.js';
import { PerspectiveSchema } from '../scenario/perspectives.js';
import type { ScenarioProblem } from '../scenario/problems.js';
import { never, type BlockKindRules, type BlockOf, type Programme } from './kind.js';

/** A round of the case, seen from one perspective; talked about in the room, not answered. */

export const CasusBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('casus'),
  /**
   * The case itself, in Markdown. A case that returns names the block that first told it
   * (`sameCaseAs`); with neither, the block plays the programme's `case`.
   */
  case: z.optional(text),
  sameCaseAs: z.optional(ScenarioIdSchema),
  /**
   * An earlier practice block: once the room has chosen a case there, this round plays that case
   * (on every screen, in the replay and the report); until then its own, or the programme's.
   */
  caseFrom: z.optional(ScenarioIdSchema),
  perspective: PerspectiveSchema,
});

export const CasusContentSchema = z.strictObject({
  kind: z.literal('casus'),
  /** The case itself; a returning case carries the text of the block that first told it. */
  caseText: z.nullable(z.string()),
  perspective: PerspectiveSchema,
});

/**
 * The case a casus block plays: the room's chosen case from practice (its own `caseFrom`, or that
 * of the block it returns to), else its own case, the one of the block it returns to, or the
 * programme's case.
 */
export function caseTextOf(programme: Programme, block: BlockOf<'casus'>): string | null {
  const origin =
    block.sameCaseAs === undefined
      ? undefined
      : programme.blocks.find((b) => b.id === block.sameCaseAs);
  const returnsTo = origin?.kind === 'casus' ? origin : undefined;
  const from = block.caseFrom ?? returnsTo?.caseFrom;
  const chosen = from === undefined ? undefined : programme.chosenCases?.[from];
  if (chosen) return `## ${chosen.title}\n\n${chosen.text}`;
  if (block.case) return block.case;
  if (returnsTo?.case) return returnsTo.case;
  if (programme.case) return `## ${programme.case.title}\n\n${programme.case.text}`;
  return null;
}

/** `caseFrom` names a practice block that comes earlier in the programme. */
export function caseFromProblems(
  programme: Programme,
  index: number,
  caseFrom: string | undefined,
): ScenarioProblem[] {
  return earlierBlockProblems(
    programme,
    index,
    'caseFrom',
    caseFrom,
    'practice',
    'block of cases from practice',
  );
}

export const casusRules: BlockKindRules<'casus'> = {
  kind: 'casus',
  labelKey: 'kind.casus',
  answer: null,
  chart: false,
  consoleActivity: false,
  timerBeside: true,
  anonymous: never,
  content: (block, programme) => ({
    kind: 'casus',
    caseText: caseTextOf(programme, block),
    perspective: block.perspective,
  }),
  question: () => null,
  reference: (block) => ({ field: 'sameCaseAs', target: block.sameCaseAs }),
  check: (block, { programme, target, index }) => {
    const problems: ScenarioProblem[] = caseFromProblems(programme, index, block.caseFrom);
    if (!block.case && !block.sameCaseAs && !block.caseFrom && !programme.case) {
      problems.push({
        path: ['case'],
        message:
          'this casus plays the programme\'s case, but the programme has none: add "case" at the top (title, text), or give the block its own "case", "sameCaseAs" or "caseFrom"',
      });
    }
    if (block.case && block.sameCaseAs) {
      problems.push({
        path: ['sameCaseAs'],
        message: 'a casus has either its own "case" or "sameCaseAs", not both',
      });
    }
    if (target && !target.case && !programme.case) {
      problems.push({
        path: ['sameCaseAs'],
        message: `"${target.id}" has no case text of its own to return to`,
      });
    }
    return problems;
  },
  template: (id) => ({
    id,
    kind: 'casus',
    title: 'Nieuwe casus',
    minutes: 15,
    case: 'Beschrijf hier de casus.',
    perspective: 'verbinder',
  }),
  items: {},
};
