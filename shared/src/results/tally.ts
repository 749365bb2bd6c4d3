import type { Block } from '../scenario/schema.js';
import type { BlockRun } from '../room/state.js';
import type { z } from 'zod';
import type { BlockResultsSchema } from '../protocol/views.js';
import { meanShare, profileOf, type Profile } from './profile.js';
import { isComplete } from './progress.js';

/**
 * What a block's answers add up to, without any name in it: the same figures for the
 * facilitator's console, the presenter screen once revealed, replay and reports.
 */
export type BlockResults = z.infer<typeof BlockResultsSchema>;

export function resultsOf(block: Block, run: BlockRun): BlockResults | null {
  const answers = Object.values(run.answers);
  switch (block.kind) {
    case 'poll': {
      const counts: Record<string, number> = {};
      for (const option of block.options) counts[option.id] = 0;
      for (const answer of answers) {
        if (answer.kind !== 'poll') continue;
        for (const id of answer.optionIds) if (id in counts) counts[id]! += 1;
      }
      return { kind: 'poll', respondents: answers.length, counts };
    }
    case 'scale': {
      const statements: Record<string, { counts: number[]; mean: number | null }> = {};
      for (const statement of block.statements) {
        const counts = new Array<number>(block.points).fill(0);
        let sum = 0;
        let n = 0;
        for (const answer of answers) {
          const value = answer.kind === 'scale' ? answer.values[statement.id] : undefined;
          if (value === undefined || value < 1 || value > block.points) continue;
          counts[value - 1]! += 1;
          sum += value;
          n++;
        }
        statements[statement.id] = {
          counts,
          mean: n > 0 ? Math.round((sum / n) * 100) / 100 : null,
        };
      }
      return { kind: 'scale', respondents: answers.length, statements };
    }
    case 'statements': {
      const profiles: Profile[] = [];
      const complete: Profile[] = [];
      for (const answer of answers) {
        if (answer.kind !== 'statements') continue;
        const profile = profileOf(block, answer.values);
        if (!profile) continue;
        profiles.push(profile);
        // Only finished lists go into the picture: a half-answered one leans to whichever type
        // its first statements happened to be about.
        if (isComplete(block, answer)) complete.push(profile);
      }
      const points = complete
        .map((profile) => profile.share)
        .sort(
          (a, b) =>
            a.bureaucraat - b.bureaucraat ||
            a.ondernemer - b.ondernemer ||
            a.verbinder - b.verbinder,
        );
      return {
        kind: 'statements',
        respondents: profiles.length,
        complete: complete.length,
        points,
        mean: meanShare(complete),
      };
    }
    case 'reflection':
    case 'intentions':
      return { kind: block.kind, respondents: answers.length };
    default:
      return null;
  }
}
