import { readFile } from 'node:fs/promises';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { checkScenario, formatPath, type Scenario, type ScenarioProblem } from '@samenspel/shared';

/** A problem pinned to a place in a file: `scenarios/x.yaml:48:7 blocks[6].kind: …`. */
export interface FileProblem {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}

export function formatFileProblem(problem: FileProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.path}: ${problem.message}`;
}

export type ScenarioFileCheck =
  { ok: true; scenario: Scenario } | { ok: false; problems: FileProblem[] };

export async function checkScenarioFile(
  file: string,
  displayName = file,
): Promise<ScenarioFileCheck> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    return {
      ok: false,
      problems: [{ file: displayName, line: 1, column: 1, path: '(file)', message: reason }],
    };
  }
  return checkScenarioText(text, displayName);
}

/** A YAML text parsed with positions: its value, and where in the text a problem's path lies. */
export type PositionedYaml =
  | { ok: true; input: unknown; positionOf: (problem: ScenarioProblem) => Position }
  | { ok: false; errors: Array<Position & { message: string }> };
interface Position {
  line: number;
  column: number;
}

/** The one YAML reading of a scenario text, for the file checker and the studio's import alike. */
export function parseYamlWithPositions(text: string): PositionedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => ({
        ...at(error.pos[0]),
        message: error.message.split('\n')[0] ?? 'not valid YAML',
      })),
    };
  }
  return {
    ok: true,
    input: doc.toJS(),
    positionOf: (problem) => at(offsetOf(doc.contents, problem)),
  };
}

/** Parses YAML keeping positions, checks the scenario, and maps every problem to line and column. */
export function checkScenarioText(text: string, file: string): ScenarioFileCheck {
  const parsed = parseYamlWithPositions(text);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: parsed.errors.map((error) => ({ file, ...error, path: '(yaml)' })),
    };
  }
  const result = checkScenario(parsed.input);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems.map((problem) => ({
      file,
      ...parsed.positionOf(problem),
      path: formatPath(problem.path),
      message: problem.message,
    })),
  };
}

/**
 * Walks the YAML tree along the problem's path as far as it exists. A missing key is reported at
 * the mapping that lacks it; an unknown key at the key itself; anything else at its value.
 */
function offsetOf(root: Node | null, problem: ScenarioProblem): number {
  let node: Node | null = root;
  let keyOffset: number | null = null;
  for (const part of problem.path) {
    keyOffset = null;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === part,
      );
      if (!pair) break;
      keyOffset = isScalar(pair.key) ? (pair.key.range?.[0] ?? null) : null;
      node = (pair.value as Node | null) ?? node;
      if (pair.value === null) break;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (!item) break;
      node = item as Node;
    } else {
      break;
    }
  }
  if (problem.atKey && keyOffset !== null) return keyOffset;
  return node?.range?.[0] ?? 0;
}
