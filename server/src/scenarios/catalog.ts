import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { ScenarioSchema, type Scenario } from '@samenspel/shared';

export interface ScenarioProblem {
  file: string;
  message: string;
}

export interface ScenarioCatalog {
  scenarios: Map<string, Scenario>;
  problems: ScenarioProblem[];
}

/**
 * Loads every programme in the scenarios folder. An invalid file is refused with its reasons
 * and the valid ones are still served.
 */
export async function loadScenarioCatalog(dir: string): Promise<ScenarioCatalog> {
  const scenarios = new Map<string, Scenario>();
  const problems: ScenarioProblem[] = [];
  let files: string[];
  try {
    files = (await readdir(dir)).filter((name) => /\.ya?ml$/i.test(name)).sort();
  } catch {
    problems.push({ file: dir, message: 'the scenarios folder cannot be read' });
    return { scenarios, problems };
  }
  for (const name of files) {
    const file = path.join(dir, name);
    const result = parseScenarioText(await readFile(file, 'utf8'));
    if (!result.ok) {
      for (const message of result.errors) problems.push({ file, message });
      continue;
    }
    if (scenarios.has(result.scenario.id)) {
      problems.push({
        file,
        message: `id "${result.scenario.id}" is already used by another file`,
      });
      continue;
    }
    scenarios.set(result.scenario.id, result.scenario);
  }
  return { scenarios, problems };
}

export function parseScenarioText(
  text: string,
): { ok: true; scenario: Scenario } | { ok: false; errors: string[] } {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid YAML: ${(error as Error).message}`] };
  }
  const result = ScenarioSchema.safeParse(data);
  if (result.success) return { ok: true, scenario: result.data };
  return {
    ok: false,
    errors: result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`,
    ),
  };
}
