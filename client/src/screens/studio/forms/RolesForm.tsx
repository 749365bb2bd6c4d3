import type { BlockInput, RoleCard, ScenarioInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { addListEntry, appendItem, removeItem, setField } from '../model/edits';
import { fieldIdForPath } from '../model/fieldIds';
import type { FieldPath } from '../model/setField';
import { earlierOfKind } from './earlierBlocks';
import { ListEditor } from './fields/ListEditor';
import { SelectField } from './fields/SelectField';
import { useForm } from './formContext';
import { RoleCardFields } from './RoleCardFields';

type Roles = Extract<BlockInput, { kind: 'roles' }>;
type CardSource = 'cast' | 'own' | 'swap';

function sourceOf(block: Roles): CardSource {
  if (block.swapsWith !== undefined) return 'swap';
  if (block.cards !== undefined) return 'own';
  return 'cast';
}

const PLACEHOLDER_CARDS: RoleCard[] = [
  {
    id: 'bestuurder',
    name: 'De bestuurder',
    public: 'Wat iedereen van deze rol weet.',
    brief: 'Wat alleen de speler weet.',
  },
  {
    id: 'ambtenaar',
    name: 'De ambtenaar',
    public: 'Wat iedereen van deze rol weet.',
    brief: 'Wat alleen de speler weet.',
  },
];

/** The cards a round plays: its own, the programme's cast, or those of the round it swaps. */
function cardsPlayed(draft: ScenarioInput, block: Roles): readonly Partial<RoleCard>[] {
  if (block.cards) return block.cards;
  if (block.swapsWith !== undefined) {
    const swapped = draft.blocks.find((b) => b.id === block.swapsWith);
    if (swapped?.kind === 'roles' && swapped !== block) return cardsPlayed(draft, swapped);
  }
  return draft.case?.cast ?? [];
}

function withSource(
  draft: ScenarioInput,
  block: Roles,
  source: CardSource,
  firstEarlier?: string,
): Roles {
  const { cards: _cards, swapsWith: _swaps, swapPairs: _pairs, ...rest } = block;
  if (source === 'own')
    return { ...rest, cards: [...(block.cards ?? draft.case?.cast ?? PLACEHOLDER_CARDS)] };
  if (source === 'swap') return { ...rest, swapsWith: block.swapsWith ?? firstEarlier ?? '' };
  return rest;
}

/**
 * A role play between bestuurder and ambtenaar: which cards it deals (the programme's cast, its
 * own, or the first round's again with the players swapped), how, and who swaps with whom.
 */
export function RolesForm({
  block,
  base,
  blockIndex,
  draft,
}: {
  block: Roles;
  base: FieldPath;
  blockIndex: number;
  draft: ScenarioInput;
}) {
  const t = useT();
  const { apply } = useForm();
  const source = sourceOf(block);
  const earlier = earlierOfKind(draft, blockIndex, 'roles');
  const sourceId = fieldIdForPath([...base, 'cardSource']);
  const played = cardsPlayed(draft, block);
  const cardOptions = played.flatMap((card) =>
    typeof card.id === 'string' ? [{ value: card.id, label: card.name || card.id }] : [],
  );
  const sources: CardSource[] = ['cast', 'own', 'swap'];
  const pairs = block.swapPairs ?? [];
  return (
    <>
      <SelectField
        path={[...base, 'assignment']}
        label={t('studio.forms.roles.assignment')}
        value={block.assignment ?? 'random'}
        options={[
          { value: 'random', label: t('studio.forms.roles.assignment.random') },
          { value: 'facilitator', label: t('studio.forms.roles.assignment.facilitator') },
        ]}
      />
      <fieldset className="studio-choice" id={sourceId}>
        <legend>{t('studio.forms.roles.source')}</legend>
        {sources.map((option) => (
          <label key={option} className="studio-choice__option">
            <input
              type="radio"
              name={sourceId}
              value={option}
              checked={source === option}
              disabled={option === 'swap' && earlier.length === 0}
              data-testid={`roles-source-${option}`}
              onChange={() =>
                apply(setField(base, withSource(draft, block, option, earlier[0]?.value as string)))
              }
            />
            {t(`studio.forms.roles.source.${option}`)}
          </label>
        ))}
      </fieldset>
      {source === 'cast' ? (
        <p className="studio-field__hint" data-testid="roles-plays-cast">
          {draft.case?.cast
            ? t('studio.forms.roles.playsCast', { count: draft.case.cast.length })
            : t('studio.forms.roles.noCast')}
        </p>
      ) : null}
      {source === 'own' && block.cards ? (
        <ListEditor
          path={[...base, 'cards']}
          legend={t('studio.forms.roles.cards')}
          items={block.cards}
          itemLabel={(index) =>
            block.cards?.[index]?.name || t('studio.forms.roles.card', { number: index + 1 })
          }
          addLabel={t('studio.forms.roles.addCard')}
          addEdit={addListEntry(blockIndex, 'cards')}
          min={2}
          max={12}
          testId="role-cards"
          renderItem={(card, _index, path) => <RoleCardFields card={card} path={path} />}
        />
      ) : null}
      {source === 'swap' ? (
        <>
          <SelectField
            path={[...base, 'swapsWith']}
            label={t('studio.forms.roles.swapsWith')}
            value={block.swapsWith}
            options={earlier}
          />
          <fieldset
            className="studio-list"
            id={fieldIdForPath([...base, 'swapPairs'])}
            tabIndex={-1}
          >
            <legend>{t('studio.forms.roles.swapPairs')}</legend>
            <p className="studio-field__hint">{t('studio.forms.roles.swapPairsHint')}</p>
            <ol className="studio-list__items">
              {pairs.map((pair, index) => (
                <li key={index} className="studio-list__item studio-form__grid">
                  <SelectField
                    path={[...base, 'swapPairs', index, 0]}
                    label={t('studio.forms.roles.pairFirst', { number: index + 1 })}
                    value={pair[0]}
                    options={cardOptions}
                  />
                  <SelectField
                    path={[...base, 'swapPairs', index, 1]}
                    label={t('studio.forms.roles.pairSecond', { number: index + 1 })}
                    value={pair[1]}
                    options={cardOptions}
                  />
                  <button
                    type="button"
                    className="button button--quiet button--danger"
                    onClick={() => apply(removeItem([...base, 'swapPairs'], index))}
                  >
                    {t('studio.forms.remove', {
                      item: t('studio.forms.roles.pair', { number: index + 1 }),
                    })}
                  </button>
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="button button--secondary"
              disabled={cardOptions.length < 2 || pairs.length >= 6}
              onClick={() =>
                apply(
                  appendItem(
                    [...base, 'swapPairs'],
                    [cardOptions[0]!.value, cardOptions[1]!.value],
                  ),
                )
              }
            >
              {t('studio.forms.roles.addPair')}
            </button>
          </fieldset>
        </>
      ) : null}
    </>
  );
}
