import type { ProgrammeList, ProgrammeSummary, ProgrammeVersion } from '@samenspel/shared';

/** 2 December 2026, 10:30 in Amsterdam. */
export const SAVED = Date.UTC(2026, 11, 2, 9, 30);

export function summary(overrides: Partial<ProgrammeSummary> & { id: string }): ProgrammeSummary {
  return {
    source: 'own',
    title: overrides.id,
    audience: null,
    language: 'nl',
    minutes: 60,
    blockCount: 4,
    latest: { version: 1, savedAt: SAVED, note: '', problemCount: 0 },
    ...overrides,
  };
}

/** The shipped flagship and demo, and two own programmes: one ready, one a draft with problems. */
export function programmeList(): ProgrammeList {
  return {
    templates: [
      summary({
        id: 'bestuurlijke-sensitiviteit',
        source: 'template',
        title: 'Bestuurlijke sensitiviteit',
        minutes: 300,
        blockCount: 31,
      }),
      summary({ id: 'demo', source: 'template', title: 'Demo', minutes: 10, blockCount: 10 }),
    ],
    own: [
      summary({
        id: 'p-provincie',
        title: 'Bestuurlijke sensitiviteit voor de provincie',
        minutes: 300,
        blockCount: 31,
        latest: { version: 4, savedAt: SAVED, note: 'casus aangepast', problemCount: 0 },
      }),
      summary({
        id: 'p-concept',
        title: 'Halve dag Zeeland',
        minutes: 180,
        blockCount: 12,
        latest: { version: 2, savedAt: SAVED - 86_400_000, note: '', problemCount: 3 },
      }),
    ],
  };
}

/** What the server answers a create or an import with. */
export function createdVersion(programmeId: string, problems: ProgrammeVersion['problems'] = []) {
  return {
    programmeId,
    source: 'own',
    meta: { version: 1, savedAt: SAVED, note: '', problemCount: problems.length },
    scenario: {},
    problems,
  } satisfies ProgrammeVersion;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
