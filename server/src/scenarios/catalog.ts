import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Scenario } from '@samenspel/shared';
import { checkScenarioFile, formatFileProblem } from './scenario-file.js';

export interface ScenarioCatalog {
  scenarios: Map<string, Scenario>;
  /** One line per problem, in the checker's format; the files they name are not served. */
  problems: string[];
}

/**
 * Loads every programme in the scenarios folder. An invalid file is refused with the same
 * messages `pnpm scenarios:check` prints, and the valid ones are still served.
 */
export async function loadScenarioCatalog(dir: string): Promise<ScenarioCatalog> {
  const scenarios = new Map<string, Scenario>();
  const problems: string[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/i.test(name)).sort();
  } catch {
    return { scenarios, problems: [`${dir}: the scenarios folder cannot be read`] };
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const result = await checkScenarioFile(file);
    if (!result.ok) {
      problems.push(...result.problems.map(formatFileProblem));
      continue;
    }
    if (scenarios.has(result.scenario.id)) {
      problems.push(`${file}:1:1 id: "${result.scenario.id}" is already used by another file`);
      continue;
    }
    scenarios.set(result.scenario.id, result.scenario);
  }
  return { scenarios, problems };
}
