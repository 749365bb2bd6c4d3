import { stringify } from 'yaml';
import type { ProgrammeProblem } from '@samenspel/shared';
import { problemsOf } from './scenario-problems.js';
import { parseYamlWithPositions } from './scenario-file.js';
import { isRecord } from './template-inputs.js';

/**
 * A scenario input as a YAML file a trainer can read and edit: multi-line texts as literal block
 * scalars, long lines left whole. The same input gives the same text, so export → import →
 * export is a fixed point.
 */
export function scenarioToYaml(scenario: unknown): string {
  return stringify(scenario, { blockQuote: 'literal', lineWidth: 0 });
}

export type YamlImport =
  | { ok: true; scenario: Record<string, unknown>; problems: ProgrammeProblem[] }
  | { ok: false; problems: ProgrammeProblem[] };

/**
 * Reads an uploaded file. Not YAML, or not a mapping at the top: refused. Anything else is a
 * programme, a draft when the checker finds problems, each pinned to its line and column.
 */
export function scenarioFromYaml(text: string): YamlImport {
  const parsed = parseYamlWithPositions(text);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.errors.map((error) => ({ path: [], ...error })) };
  }
  const { input } = parsed;
  if (!isRecord(input)) {
    return {
      ok: false,
      problems: [{ path: [], message: 'a programme is a YAML mapping (key: value) at the top' }],
    };
  }
  const problems = problemsOf(input).map((problem) => ({
    ...problem,
    ...parsed.positionOf(problem),
  }));
  return { ok: true, scenario: input, problems };
}
