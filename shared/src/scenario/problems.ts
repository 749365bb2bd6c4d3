import type { z } from 'zod/mini';

/** One thing wrong with a scenario, at a path inside it, in words a trainer can act on. */
export interface ScenarioProblem {
  path: ReadonlyArray<string | number>;
  message: string;
  /** For an unknown key: the problem is the key itself, not its value. */
  atKey?: boolean;
}

/** `blocks[6].kind` */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out || '(top)';
}

function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

function listOf(values: readonly unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

/** A union of plain values (like `5 | 7`) fails with one invalid_value per branch: list them. */
function literalAlternatives(
  branches: ReadonlyArray<ReadonlyArray<z.core.$ZodIssue>>,
): unknown[] | null {
  const values: unknown[] = [];
  for (const branch of branches) {
    const [only] = branch;
    if (branch.length !== 1 || only?.code !== 'invalid_value') return null;
    values.push(...only.values);
  }
  return values.length > 0 ? values : null;
}

/** Turns zod's issues into "expected …; found …" problems, one per issue and unknown key. */
export function problemsFromZod(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const found = describeFound(valueAt(input, issue.path));
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          problems.push({ path: [...path, key], atKey: true, message: `unknown key "${key}"` });
        }
        break;
      case 'invalid_union': {
        // A discriminated union names its allowed tags; zod's issue type does not declare them.
        const options = (issue as { options?: unknown }).options;
        const literals = literalAlternatives(issue.errors);
        if (Array.isArray(options)) {
          problems.push({ path, message: `expected one of ${listOf(options)}; found ${found}` });
        } else if (literals) {
          problems.push({ path, message: `expected one of ${listOf(literals)}; found ${found}` });
        } else {
          problems.push({ path, message: `${issue.message}; found ${found}` });
        }
        break;
      }
      case 'invalid_value':
        problems.push({ path, message: `expected one of ${listOf(issue.values)}; found ${found}` });
        break;
      case 'invalid_type':
        problems.push({
          path,
          message:
            found === 'nothing'
              ? `missing: expected ${issue.expected}`
              : `expected ${issue.expected}; found ${found}`,
        });
        break;
      case 'too_small':
      case 'too_big': {
        const bound = issue.code === 'too_small' ? 'at least' : 'at most';
        const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const unit =
          issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : '';
        problems.push({
          path,
          message: `expected ${bound} ${String(limit)}${unit}; found ${found}`,
        });
        break;
      }
      default:
        problems.push({ path, message: `${issue.message}; found ${found}` });
    }
  }
  return problems;
}
