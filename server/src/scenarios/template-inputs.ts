import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The scenario files as written (before the schema fills in defaults), by scenario id, for the
 * templates the studio shows and duplicates. Only ids the catalog accepted are kept, so a file
 * the checker refused is no template either.
 */
export async function loadTemplateInputs(
  dir: string,
  acceptedIds: ReadonlySet<string>,
): Promise<Map<string, Record<string, unknown>>> {
  const inputs = new Map<string, Record<string, unknown>>();
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => /\.ya?ml$/i.test(name)).sort();
  } catch {
    return inputs;
  }
  for (const name of names) {
    let input: unknown;
    try {
      input = parse(await readFile(path.join(dir, name), 'utf8'));
    } catch {
      continue;
    }
    if (!isRecord(input) || typeof input.id !== 'string') continue;
    if (acceptedIds.has(input.id) && !inputs.has(input.id)) inputs.set(input.id, input);
  }
  return inputs;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
