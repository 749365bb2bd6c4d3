import { describe, expect, it } from 'vitest';
import {
  AnswerSchema,
  BLOCK_KINDS,
  BLOCK_RULES,
  BlockContentSchema,
  BlockResultsSchema,
  CommandRefused,
  answerRulesFor,
  blockContent,
  blockTemplate,
  checkAnswerFits,
  checkScenario,
  formatPath,
  rulesForBlock,
  ScenarioSchema,
  type Answer,
  type Block,
  type BlockInput,
  type Scenario,
} from '@samenspel/shared';

/** Every kind's new block in one programme, parsed as the room would hold it. */
function programmeOf(blocks: BlockInput[]): Scenario {
  return ScenarioSchema.parse({
    id: 'proef',
    title: 'Proef',
    minutes: blocks.reduce((sum, b) => sum + b.minutes, 0),
    blocks,
  });
}

const everyKind = programmeOf(BLOCK_KINDS.map((kind) => blockTemplate(kind, `nieuw-${kind}`)));
const blockOf = (kind: string): Block => everyKind.blocks.find((b) => b.kind === kind)!;

function refusal(block: Block, answer: Answer): { field: string | undefined } | null {
  try {
    checkAnswerFits(block, answer);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(CommandRefused);
    return { field: (error as CommandRefused).field };
  }
}

function problemsOf(blocks: BlockInput[]): string[] {
  const check = checkScenario({
    id: 'proef',
    title: 'Proef',
    minutes: blocks.reduce((sum, b) => sum + b.minutes, 0),
    blocks,
  });
  return check.ok ? [] : check.problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
}

describe('each kind’s module, through the room’s own entry points', () => {
  it('gives sample answers (the studio preview’s) that the room accepts, finished, and adds them up', () => {
    for (const kind of BLOCK_KINDS) {
      const rules = BLOCK_RULES[kind].answer;
      const block = blockOf(kind);
      if (rules === null) continue;
      const answers = [0, 1, 2].map((n) =>
        answerRulesFor(block.kind as Answer['kind']).sample(block, n),
      );
      for (const answer of answers) {
        expect(AnswerSchema.safeParse(answer).success, kind).toBe(true);
        expect(refusal(block, answer), kind).toBeNull();
        expect(answerRulesFor(answer.kind).complete(block, answer), kind).toBe(true);
        expect(answerRulesFor(answer.kind).cells(answer).length, kind).toBeGreaterThan(0);
      }
      const results = answerRulesFor(block.kind as Answer['kind']).results(block, answers);
      expect(BlockResultsSchema.safeParse(results).success, kind).toBe(true);
      expect(results.respondents, kind).toBe(3);
    }
  });

  it('refuses an answer that does not fit, at the field that is wrong', () => {
    const poll = blockOf('poll');
    const [first, second] = poll.kind === 'poll' ? poll.options.map((o) => o.id) : [];
    expect(refusal(poll, { kind: 'poll', optionIds: ['geen-optie'] })).toEqual({
      field: 'answer.optionIds',
    });
    expect(refusal(poll, { kind: 'poll', optionIds: [first!, second!] })).toEqual({
      field: 'answer.optionIds',
    });
    expect(refusal(poll, { kind: 'poll', optionIds: [first!, first!] })).toEqual({
      field: 'answer.optionIds',
    });
    const scale = blockOf('scale');
    expect(refusal(scale, { kind: 'scale', values: { onbekend: 3 } })).toEqual({
      field: 'answer.values.onbekend',
    });
    expect(refusal(scale, { kind: 'scale', values: { 'nieuw-scale-stelling-1': 7 } })).toEqual({
      field: 'answer.values.nieuw-scale-stelling-1',
    });
    expect(refusal(blockOf('statements'), { kind: 'statements', values: {} })).toEqual({
      field: 'answer.values',
    });
    const reflection = blockOf('reflection');
    const limit = reflection.kind === 'reflection' ? reflection.maxLength : 0;
    expect(refusal(reflection, { kind: 'reflection', text: 'x'.repeat(limit + 1) })).toEqual({
      field: 'answer.text',
    });
    expect(refusal(reflection, { kind: 'reflection', text: 'x'.repeat(limit) })).toBeNull();
    expect(
      refusal(blockOf('intentions'), { kind: 'intentions', items: ['a', 'b', 'c', 'd'] }),
    ).toEqual({ field: 'answer.items' });
    expect(refusal(poll, { kind: 'scale', values: { a: 1 } })).toEqual({ field: 'answer.kind' });
  });

  it('shows the room only its public content: no notes, no private brief, no ideal type', () => {
    const withNotes = programmeOf(
      BLOCK_KINDS.map((kind) => ({
        ...blockTemplate(kind, `nieuw-${kind}`),
        notes: 'GEHEIM-VOOR-DE-ZAAL',
      })),
    );
    for (const block of withNotes.blocks) {
      const content = blockContent(withNotes, block);
      expect(BlockContentSchema.safeParse(content).success, block.kind).toBe(true);
      expect(content.kind).toBe(block.kind);
      const sent = JSON.stringify(content);
      expect(sent, block.kind).not.toContain('GEHEIM-VOOR-DE-ZAAL');
      expect(sent, block.kind).not.toContain('Wat alleen de speler');
      expect(sent, block.kind).not.toContain('"type"');
    }
  });

  it('counts a stellingenlijst in the picture only once every statement has a point', () => {
    const list = blockOf('statements');
    const ids = list.kind === 'statements' ? list.items.map((i) => i.id) : [];
    const finished: Answer = {
      kind: 'statements',
      values: Object.fromEntries(ids.map((id) => [id, 4])),
    };
    const half: Answer = { kind: 'statements', values: { [ids[0]!]: 5 } };
    const results = answerRulesFor('statements').results(list, [
      finished as Extract<Answer, { kind: 'statements' }>,
      half as Extract<Answer, { kind: 'statements' }>,
    ]);
    expect(results).toMatchObject({ respondents: 2, complete: 1 });
    expect(results.kind === 'statements' ? results.points.length : -1).toBe(1);
  });

  it('tells the console what the phones ask, for the kinds that ask something in words', () => {
    const asked = everyKind.blocks
      .filter((block) => rulesForBlock(block).question(block) !== null)
      .map((block) => block.kind);
    expect(asked).toEqual(['poll', 'reflection', 'groups', 'intentions', 'practice', 'visit']);
    expect(rulesForBlock(blockOf('poll')).question(blockOf('poll'))).toBe('Wat vindt u?');
  });

  it('holds each kind to its own checks, at the field of the block they concern', () => {
    const casus = blockTemplate('casus', 'casus-1');
    expect(problemsOf([{ ...casus, sameCaseAs: 'casus-0' } as BlockInput])).toEqual([
      'blocks[0].sameCaseAs: there is no earlier block "casus-0"',
      'blocks[0].sameCaseAs: a casus has either its own "case" or "sameCaseAs", not both',
    ]);
    const poll = blockTemplate('poll', 'stem-1');
    const again = { ...blockTemplate('poll', 'stem-2'), repeats: 'stem-1' } as BlockInput;
    expect(problemsOf([poll, again])).toEqual([
      'blocks[1].options[0].id: a repeated vote keeps the options of "stem-1" word for word: expected "stem-1-optie-1"; found "stem-2-optie-1"',
    ]);
    const roles = blockTemplate('roles', 'spel-1');
    const swapped = {
      ...blockTemplate('roles', 'spel-2'),
      cards: undefined,
      swapsWith: 'spel-1',
      swapPairs: [['spel-1-rol-1', 'bestaat-niet']],
    } as BlockInput;
    expect(problemsOf([roles, swapped])).toEqual([
      'blocks[1].swapPairs[0][1]: there is no card "bestaat-niet" in "spel-1"',
    ]);
    const info = blockTemplate('info', 'uitleg');
    expect(
      problemsOf([info, { ...blockTemplate('scale', 'schaal'), repeats: 'uitleg' } as BlockInput]),
    ).toEqual(['blocks[1].repeats: expected "uitleg" to be a scale block; found a info block']);
  });

  it('checks ids inside every list a kind has for being unique', () => {
    for (const kind of BLOCK_KINDS) {
      const block = blockTemplate(kind, 'blok') as Record<string, unknown>;
      for (const key of Object.keys(BLOCK_RULES[kind].items)) {
        const list = block[key] as Array<{ id: string }>;
        const doubled = { ...block, [key]: [...list, { ...list[0]! }] } as BlockInput;
        expect(problemsOf([doubled]), `${kind}.${key}`).toContain(
          `blocks[0].${key}[${list.length}].id: id "${list[0]!.id}" is used twice in this block`,
        );
      }
    }
  });
});
