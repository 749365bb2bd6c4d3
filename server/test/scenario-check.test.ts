import { mkdtempSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkScenarioText, formatFileProblem } from '../src/scenarios/scenario-file.js';
import { loadScenarioCatalog } from '../src/scenarios/catalog.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A valid two-block programme; each test breaks one thing in it. */
const VALID = `id: gemeente-x
title: Maatwerk gemeente X
minutes: 15
blocks:
  - id: opening
    title: Opening
    kind: info
    minutes: 5
  - id: stem
    title: Eerste stem
    kind: poll
    minutes: 10
    question: Wat doe je?
    options:
      - id: a
        label: Regels volgen
      - id: b
        label: Ruimte zoeken
`;

function problems(text: string): string[] {
  const result = checkScenarioText(text, 'scenarios/gemeente-x.yaml');
  return result.ok ? [] : result.problems.map(formatFileProblem);
}

describe('scenario checker', () => {
  it('accepts a valid programme', () => {
    expect(problems(VALID)).toEqual([]);
  });

  it('points at a wrong block kind with the allowed kinds', () => {
    const text = VALID.replace('kind: poll', 'kind: stelling');
    expect(problems(text)).toEqual([
      'scenarios/gemeente-x.yaml:11:11 blocks[1].kind: expected one of info, casus, poll, scale, statements, reflection, roles, groups, break, intentions, practice, visit; found "stelling"',
    ]);
  });

  it('points at an unknown key (a typo) at the key itself', () => {
    const text = VALID.replace(
      '    question: Wat doe je?',
      '    question: Wat doe je?\n    optoins: []',
    );
    expect(problems(text)).toEqual([
      'scenarios/gemeente-x.yaml:14:5 blocks[1].optoins: unknown key "optoins"',
    ]);
  });

  it('points at a missing field at the block that lacks it', () => {
    const text = VALID.replace('    title: Opening\n', '');
    expect(problems(text)).toEqual([
      'scenarios/gemeente-x.yaml:5:5 blocks[0].title: missing: expected string',
    ]);
  });

  it('checks that planned minutes add up to the total', () => {
    const text = VALID.replace('minutes: 15', 'minutes: 20');
    expect(problems(text)).toEqual([
      'scenarios/gemeente-x.yaml:3:10 minutes: the blocks add up to 15 minutes; expected 20 (change a block or the total)',
    ]);
  });

  it('refuses duplicate block ids and references to later or missing blocks', () => {
    const dup = VALID.replace('id: stem', 'id: opening');
    expect(problems(dup)).toEqual([
      'scenarios/gemeente-x.yaml:9:9 blocks[1].id: block id "opening" is already used by blocks[0]',
    ]);
    const missing = VALID.replace(
      '    question: Wat doe je?',
      '    question: Wat doe je?\n    repeats: nulmeting',
    );
    expect(problems(missing)).toEqual([
      'scenarios/gemeente-x.yaml:14:14 blocks[1].repeats: there is no earlier block "nulmeting"',
    ]);
    const wrongKind = VALID.replace(
      '    question: Wat doe je?',
      '    question: Wat doe je?\n    repeats: opening',
    );
    expect(problems(wrongKind)[0]).toContain(
      'expected "opening" to be a poll block; found a info block',
    );
  });

  it('refuses a statement tied to an unknown ideal type', () => {
    const text = `id: s
title: S
minutes: 1
blocks:
  - id: lijst
    title: Lijst
    kind: statements
    minutes: 1
    items:
      - { id: a, text: Regels eerst, type: bureaucraat }
      - { id: b, text: Kansen zien, type: ondernemer }
      - { id: c, text: Samen optrekken, type: manager }
`;
    expect(problems(text)).toEqual([
      'scenarios/gemeente-x.yaml:12:47 blocks[0].items[2].type: expected one of bureaucraat, ondernemer, verbinder; found "manager"',
    ]);
  });

  it('accepts a block that starts its timer by itself, and refuses one without minutes', () => {
    const auto = VALID.replace('    minutes: 5\n', '    minutes: 5\n    autoStartTimer: true\n');
    expect(problems(auto)).toEqual([]);
    const none = auto
      .replace('minutes: 15', 'minutes: 10')
      .replace('    minutes: 5\n', '    minutes: 0\n');
    expect(problems(none)).toEqual([
      'scenarios/gemeente-x.yaml:9:21 blocks[0].autoStartTimer: a block of 0 minutes has no time to count down: give it minutes or drop autoStartTimer',
    ]);
  });

  it('reports broken YAML at its place', () => {
    const text = VALID.replace('    question: Wat doe je?', '    question: Wat: doe je?');
    const [first] = problems(text);
    expect(first).toMatch(/^scenarios\/gemeente-x\.yaml:13:\d+ \(yaml\): /);
  });

  it('lists every problem, not only the first', () => {
    const text = VALID.replace('kind: info', 'kind: infoo').replace('minutes: 10', 'minutes: -1');
    expect(problems(text)).toHaveLength(2);
  });
});

describe('pnpm scenarios:check and the server', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'samenspel-scenarios-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the shipped scenarios', () => {
    const out = execFileSync('pnpm', ['--silent', 'scenarios:check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(out).toContain('0 problems');
  });

  it('exits non-zero and lists every error of a broken file', () => {
    writeFileSync(path.join(dir, 'kapot.yaml'), VALID.replace('kind: poll', 'kind: stelling'));
    let output = '';
    let status = 0;
    try {
      execFileSync('pnpm', ['--silent', 'scenarios:check', path.join(dir, 'kapot.yaml')], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
    } catch (error) {
      const failure = error as { status: number; stdout: string };
      status = failure.status;
      output = failure.stdout;
    }
    expect(status).toBe(1);
    expect(output).toMatch(/kapot\.yaml:11:11 blocks\[1\]\.kind: expected one of/);
    expect(output).toContain('1 problem.');
  });

  it('serves the valid scenarios and refuses the invalid one with the same message', async () => {
    copyFileSync(path.join(repoRoot, 'scenarios', 'demo.yaml'), path.join(dir, 'demo.yaml'));
    const catalog = await loadScenarioCatalog(dir);
    expect([...catalog.scenarios.keys()]).toEqual(['demo']);
    expect(catalog.problems).toEqual([
      `${path.join(dir, 'kapot.yaml')}:11:11 blocks[1].kind: expected one of info, casus, poll, scale, statements, reflection, roles, groups, break, intentions, practice, visit; found "stelling"`,
    ]);
  });
});

describe('role-play rounds', () => {
  const ROLES = `id: r
title: R
minutes: 2
blocks:
  - id: ronde-1
    title: Ronde 1
    kind: roles
    minutes: 1
    cards:
      - { id: wethouder, name: Wethouder, public: Bestuurder, brief: Geheim A }
      - { id: adviseur, name: Adviseur, public: Ambtenaar, brief: Geheim B }
  - id: ronde-2
    title: Ronde 2
    kind: roles
    minutes: 1
    swapsWith: ronde-1
    swapPairs:
      - [wethouder, adviseur]
`;

  it('lets a swapped round reuse the cards of the earlier round', () => {
    expect(problems(ROLES)).toEqual([]);
  });

  it('refuses a swap pair naming a card the earlier round does not have', () => {
    expect(problems(ROLES.replace('[wethouder, adviseur]', '[wethouder, burgemeester]'))).toEqual([
      'scenarios/gemeente-x.yaml:18:21 blocks[1].swapPairs[0][1]: there is no card "burgemeester" in "ronde-1"',
    ]);
  });

  it('refuses a first round without cards and pairs without a round to swap', () => {
    const text = ROLES.replace(/ {4}cards:\n(.*\n){2}/, '').replace('    swapsWith: ronde-1\n', '');
    expect(problems(text)).toEqual([
      'scenarios/gemeente-x.yaml:5:5 blocks[0].cards: a roles block needs its "cards", the cast of the programme\'s "case", or an earlier round it swaps ("swapsWith")',
      'scenarios/gemeente-x.yaml:9:5 blocks[1].cards: a roles block needs its "cards", the cast of the programme\'s "case", or an earlier round it swaps ("swapsWith")',
      'scenarios/gemeente-x.yaml:14:7 blocks[1].swapPairs: "swapPairs" only has meaning together with "swapsWith"',
    ]);
  });
});

describe('messages a trainer can act on', () => {
  it('lists the allowed values of a union of plain values', () => {
    const text = VALID.replace('    question: Wat doe je?', '    question: Wat doe je?').replace(
      '  - id: opening\n    title: Opening\n    kind: info\n    minutes: 5\n',
      '  - id: opening\n    title: Opening\n    kind: scale\n    minutes: 5\n    points: 4\n    statements:\n      - { id: s1, text: Ik ken de kaders }\n',
    );
    expect(problems(text)).toEqual([
      'scenarios/gemeente-x.yaml:9:13 blocks[0].points: expected one of 5, 7; found 4',
    ]);
  });

  it('refuses a repeated vote whose options are worded differently or chosen differently', () => {
    const second = `  - id: stem-2
    title: Tweede stem
    kind: poll
    minutes: 0
    repeats: stem
    multiple: true
    question: Wat doe je nu?
    options:
      - id: a
        label: Regels volgen
      - id: b
        label: Ruimte pakken
`;
    const found = problems(VALID + second);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('keeps the options of "stem" word for word');
    expect(found[1]).toContain('chooses the way "stem" does (multiple: false)');
  });

  it('refuses two files with the same programme id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'samenspel-dup-'));
    try {
      writeFileSync(path.join(dir, 'a.yaml'), VALID);
      writeFileSync(path.join(dir, 'b.yaml'), VALID);
      let output = '';
      try {
        execFileSync(
          'pnpm',
          ['--silent', 'scenarios:check', path.join(dir, 'a.yaml'), path.join(dir, 'b.yaml')],
          {
            cwd: repoRoot,
            encoding: 'utf8',
          },
        );
      } catch (error) {
        output = (error as { stdout: string }).stdout;
      }
      expect(output).toMatch(/b\.yaml:1:1 id: "gemeente-x" is already the id of .*a\.yaml/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
