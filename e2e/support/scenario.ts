import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The parts of a scenario file the tests look at. */
export interface ScenarioFile {
  id: string;
  title: string;
  blocks: Array<{ id: string; kind: string; title: string; minutes: number; perspective?: string }>;
}

/** Reads a shipped scenario from scenarios/, so the tests follow the file instead of copying it. */
export function readScenario(id: string): ScenarioFile {
  const file = new URL(`../../scenarios/${id}.yaml`, import.meta.url);
  const scenario = parse(readFileSync(file, 'utf8')) as ScenarioFile;
  if (scenario.id !== id || !Array.isArray(scenario.blocks)) {
    throw new Error(`scenarios/${id}.yaml is not the scenario the tests expect`);
  }
  return scenario;
}
