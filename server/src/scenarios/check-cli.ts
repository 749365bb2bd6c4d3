import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkScenarioFile, formatFileProblem } from './scenario-file.js';

/**
 * `pnpm scenarios:check [files…]`: checks the given files, or every file in scenarios/, prints
 * every problem with file, line and column, and exits non-zero when there is any.
 */
async function main(args: string[]): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const files = args.length > 0 ? args : await defaultFiles(cwd);
  if (files.length === 0) {
    console.error('No scenario files to check.');
    return 2;
  }
  let problemCount = 0;
  // Ids are unique across files: the server serves only one of two programmes sharing an id.
  const idOwners = new Map<string, string>();
  for (const file of files) {
    const display = path.relative(cwd, path.resolve(cwd, file)) || file;
    const result = await checkScenarioFile(path.resolve(cwd, file), display);
    const owner = result.ok ? idOwners.get(result.scenario.id) : undefined;
    if (result.ok && owner) {
      problemCount++;
      console.log(
        `${display}:1:1 id: "${result.scenario.id}" is already the id of ${owner}; give this programme its own id`,
      );
    } else if (result.ok) {
      idOwners.set(result.scenario.id, display);
      console.log(
        `ok  ${display}  (${result.scenario.blocks.length} blocks, ${result.scenario.minutes} min)`,
      );
    } else {
      problemCount += result.problems.length;
      for (const problem of result.problems) console.log(formatFileProblem(problem));
    }
  }
  const noun = problemCount === 1 ? 'problem' : 'problems';
  console.log(
    `\n${files.length} file${files.length === 1 ? '' : 's'} checked, ${problemCount} ${noun}.`,
  );
  return problemCount === 0 ? 0 : 1;
}

async function defaultFiles(cwd: string): Promise<string[]> {
  const dir = path.resolve(cwd, 'scenarios');
  try {
    return (await readdir(dir))
      .filter((name) => /\.ya?ml$/i.test(name))
      .sort()
      .map((name) => path.join('scenarios', name));
  } catch {
    return [];
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
