import { readFileSync } from 'node:fs';
import { ScenarioSchema, type Block, type BlockKind, type Scenario } from '@samenspel/shared';
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

/**
 * A shipped scenario read with `yaml` and checked against the app's own schema, so every block
 * comes typed with its defaults filled in (a poll's `multiple`, a reflection's `maxLength`, …).
 */
export function loadScenario(id: string): Scenario {
  const file = new URL(`../../scenarios/${id}.yaml`, import.meta.url);
  const scenario = ScenarioSchema.parse(parse(readFileSync(file, 'utf8')));
  if (scenario.id !== id) throw new Error(`scenarios/${id}.yaml has the id "${scenario.id}"`);
  return scenario;
}

/** The one block of a kind in a scenario, typed as that kind; throws when there is none or more. */
export function onlyBlock<K extends BlockKind>(
  scenario: Scenario,
  kind: K,
): Extract<Block, { kind: K }> {
  const found = scenario.blocks.filter(
    (block): block is Extract<Block, { kind: K }> => block.kind === kind,
  );
  if (found.length !== 1) {
    throw new Error(`scenario ${scenario.id} has ${found.length} ${kind} blocks, not one`);
  }
  return found[0]!;
}

/**
 * Block text as a reader sees it: the paragraphs of its small Markdown without headings and
 * emphasis marks, each on one line. Screens render each paragraph as its own element.
 */
export function paragraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((part) =>
      part
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .join(' ')
        .replace(/\*\*(.+?)\*\*/g, '$1')
        .replace(/\*(\S(?:.*?\S)?)\*/g, '$1'),
    )
    .filter((part) => part !== '');
}
