import { describe, expect, it } from 'vitest';
import { blockContent, checkScenario, roleCards, type Block } from '@samenspel/shared';

/** A programme whose casus rounds and simulation play the case it tells once, at the top. */
const card = (id: string, name: string) => ({
  id,
  name,
  public: `${name} zit aan tafel.`,
  brief: `Alleen voor ${name}.`,
});
const tailored = {
  id: 'provincie',
  title: 'Samenspel in de provincie',
  minutes: 30,
  case: {
    title: 'Windpark De Hooge Akkers',
    text: 'Gedeputeerde **Van Dijk** wil vóór de zomer een besluit over het windpark.',
    cast: [card('gedeputeerde', 'Gedeputeerde'), card('adviseur', 'Beleidsadviseur')],
  },
  blocks: [
    { id: 'ronde-1', kind: 'casus', title: 'Ronde 1', minutes: 10, perspective: 'bureaucraat' },
    { id: 'ronde-2', kind: 'casus', title: 'Ronde 2', minutes: 10, perspective: 'ondernemer' },
    { id: 'spel', kind: 'roles', title: 'Simulatie', minutes: 10 },
  ],
};

function checked(input: unknown) {
  const result = checkScenario(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

const caseTextOf = (scenario: ReturnType<typeof checked>, block: Block) => {
  const content = blockContent(scenario, block);
  return content.kind === 'casus' ? content.caseText : undefined;
};

describe('the programme case', () => {
  it('is what every casus round shows and the cast the simulation plays', () => {
    const scenario = checked(tailored);
    const [first, second, roles] = scenario.blocks;
    const expected =
      '## Windpark De Hooge Akkers\n\nGedeputeerde **Van Dijk** wil vóór de zomer een besluit over het windpark.';
    expect(caseTextOf(scenario, first!)).toBe(expected);
    expect(caseTextOf(scenario, second!)).toBe(expected);
    expect(roles?.kind === 'roles' && roleCards(scenario, roles)?.map((c) => c.id)).toEqual([
      'gedeputeerde',
      'adviseur',
    ]);
  });

  it('is replaced for every round by one edit', () => {
    const scenario = checked({
      ...tailored,
      case: { ...tailored.case, title: 'Een ander dossier', text: 'Een nieuwe tekst.' },
    });
    for (const block of scenario.blocks.filter((b) => b.kind === 'casus')) {
      expect(caseTextOf(scenario, block)).toBe('## Een ander dossier\n\nEen nieuwe tekst.');
    }
  });

  it('gives way to a case or cards a block has of its own', () => {
    const scenario = checked({
      ...tailored,
      blocks: [
        { ...tailored.blocks[0], case: 'Een eigen casus.' },
        { ...tailored.blocks[1], sameCaseAs: 'ronde-1' },
        { ...tailored.blocks[2], cards: [card('a', 'Een'), card('b', 'Twee')] },
      ],
    });
    const [first, second, roles] = scenario.blocks;
    expect(caseTextOf(scenario, first!)).toBe('Een eigen casus.');
    expect(caseTextOf(scenario, second!)).toBe('Een eigen casus.');
    expect(roles?.kind === 'roles' && roleCards(scenario, roles)?.map((c) => c.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('is named at the block that needs it when the programme has none', () => {
    const { case: _dropped, ...withoutCase } = tailored;
    const result = checkScenario(withoutCase);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path.join('.'));
    expect(paths).toEqual(['blocks.0.case', 'blocks.1.case', 'blocks.2.cards']);
  });

  it('is named at the roles block when the case has no cast', () => {
    const { cast: _dropped, ...caseWithoutCast } = tailored.case;
    const result = checkScenario({ ...tailored, case: caseWithoutCast });
    expect(result.ok ? [] : result.problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      [
        'blocks.2.cards',
        'this roles block plays the cast of the programme\'s case, but the case has no "cast": add it there, or give the block its own "cards"',
      ],
    ]);
  });

  it('is checked field by field like the rest of the file', () => {
    const result = checkScenario({ ...tailored, case: { title: '', text: 'x', extra: 1 } });
    const paths = result.ok ? [] : result.problems.map((p) => p.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['case.title', 'case.extra']));
  });
});
