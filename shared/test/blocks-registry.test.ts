import { describe, expect, it } from 'vitest';
import { variantTags } from '../src/variant-tags.js';
import {
  ANSWERABLE_KINDS,
  answerChangesNothing,
  mergeAnswer,
  AnswerSchema,
  BLOCK_KINDS,
  BLOCK_RULES,
  blockTemplate,
  checkScenario,
  isAnonymousBlock,
  itemTemplate,
  revealRefusal,
  ScenarioSchema,
  type Answer,
  type BlockInput,
  type ItemListKey,
} from '@samenspel/shared';

/** A programme of one block, its minutes adding up: what the studio's checker sees. */
function alone(block: BlockInput) {
  return { id: 'proef', title: 'Proef', minutes: block.minutes, blocks: [block] };
}

describe('one home per block kind', () => {
  it('has rules for every kind, under the kind’s own name', () => {
    for (const kind of BLOCK_KINDS) {
      expect(BLOCK_RULES[kind].kind).toBe(kind);
      expect(BLOCK_RULES[kind].labelKey).toBe(`kind.${kind}`);
    }
  });

  it('gives the studio a new block of every kind that passes the checker as it is', () => {
    for (const kind of BLOCK_KINDS) {
      const check = checkScenario(alone(blockTemplate(kind, `nieuw-${kind}`)));
      expect(check.ok, kind).toBe(true);
    }
  });

  it('gives a new list entry that passes the checker, for the lists a kind has and no others', () => {
    const keys: ItemListKey[] = ['options', 'statements', 'items', 'cards'];
    for (const kind of BLOCK_KINDS) {
      for (const key of keys) {
        const block = blockTemplate(kind, 'blok') as Record<string, unknown>;
        const entry = itemTemplate(kind, key, 'nieuw');
        if (!Array.isArray(block[key])) {
          expect(entry, `${kind}.${key}`).toBeNull();
          continue;
        }
        const grown = { ...block, [key]: [...(block[key] as unknown[]), entry] } as BlockInput;
        expect(checkScenario(alone(grown)).ok, `${kind}.${key}`).toBe(true);
      }
    }
  });

  it('lets the kinds that take answers be exactly the kinds an answer can be for', () => {
    const answerKinds = variantTags(AnswerSchema.def.options, 'kind');
    expect([...ANSWERABLE_KINDS].sort()).toEqual([...answerKinds].sort());
  });

  it('reveals results only for a chart, and hides the author of an anonymous reflection and of every dossier', () => {
    const scenario = ScenarioSchema.parse({
      id: 'proef',
      title: 'Proef',
      minutes: 20,
      blocks: BLOCK_KINDS.map((kind) => ({ ...blockTemplate(kind, kind), minutes: 2 })),
    });
    const revealable = scenario.blocks.filter((b) => revealRefusal(b) === null).map((b) => b.kind);
    expect(revealable).toEqual(['poll', 'scale', 'statements']);
    // Dossiers from practice never carry their author; reflections only when marked so.
    expect(scenario.blocks.filter(isAnonymousBlock).map((b) => b.kind)).toEqual(['practice']);
    const reflection = scenario.blocks.find((b) => b.kind === 'reflection')!;
    expect(isAnonymousBlock({ ...reflection, anonymous: true } as typeof reflection)).toBe(true);
  });

  it('merges answers by their kind: item by item for the lists, the last one for the rest', () => {
    const first: Answer = { kind: 'statements', values: { s1: 2, s2: 4 } };
    const tap: Answer = { kind: 'statements', values: { s2: 5, s3: 1 } };
    expect(mergeAnswer(first, tap)).toEqual({
      kind: 'statements',
      values: { s1: 2, s2: 5, s3: 1 },
    });
    expect(mergeAnswer(undefined, tap)).toEqual(tap);
    const vote: Answer = { kind: 'poll', optionIds: ['plan'] };
    expect(mergeAnswer({ kind: 'poll', optionIds: ['regels'] }, vote)).toEqual(vote);
  });

  it('knows a repeat from a change, per kind', () => {
    expect(
      answerChangesNothing({ kind: 'poll', optionIds: ['a'] }, { kind: 'poll', optionIds: ['a'] }),
    ).toBe(true);
    expect(
      answerChangesNothing({ kind: 'poll', optionIds: ['a'] }, { kind: 'poll', optionIds: ['b'] }),
    ).toBe(false);
    const kept: Answer = { kind: 'scale', values: { s1: 3, s2: 4 } };
    expect(answerChangesNothing(kept, { kind: 'scale', values: { s2: 4 } })).toBe(true);
    expect(answerChangesNothing(kept, { kind: 'scale', values: { s2: 5 } })).toBe(false);
    expect(
      answerChangesNothing(
        { kind: 'reflection', text: 'Eerst bellen.' },
        { kind: 'reflection', text: 'Eerst bellen.' },
      ),
    ).toBe(true);
    expect(
      answerChangesNothing(
        { kind: 'intentions', items: ['a', 'b'] },
        { kind: 'intentions', items: ['a b'] },
      ),
    ).toBe(false);
    expect(answerChangesNothing(undefined, { kind: 'poll', optionIds: ['a'] })).toBe(false);
  });
});
