import type { ProgrammeSummary, ProgrammeVersionMeta } from '@samenspel/shared';

/**
 * A list entry read leniently from the input as written: a draft may lack a title or have a
 * total that is no number, and is listed all the same.
 */
export function summarize(
  id: string,
  source: 'template' | 'own',
  scenario: Record<string, unknown>,
  latest: ProgrammeVersionMeta,
): ProgrammeSummary {
  const minutes = scenario.minutes;
  return {
    id,
    source,
    title: typeof scenario.title === 'string' ? scenario.title : '',
    audience: typeof scenario.audience === 'string' ? scenario.audience : null,
    language: scenario.language === 'en' ? 'en' : 'nl',
    minutes: typeof minutes === 'number' && Number.isInteger(minutes) ? minutes : 0,
    blockCount: Array.isArray(scenario.blocks) ? scenario.blocks.length : 0,
    latest,
  };
}
