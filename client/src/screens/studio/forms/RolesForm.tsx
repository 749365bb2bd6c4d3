import type { BlockInput, RoleCard, ScenarioInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { addListEntry, setField } from '../model/edits';
import { fieldIdForPath } from '../model/fieldIds';
import type { FieldPath } from '../model/setField';
import { CaseFromField } from './CaseFromField';
import { earlierOfKind } from './earlierBlocks';
import { ListEditor } from './fields/ListEditor';
import { SelectField } from './fields/SelectField';
import { problemsAt, useForm } from './formContext';
import { RoleCardFields } from './RoleCardFields';
import { isEntry, listOf } from './shape';
import { SourceChoice } from './SourceChoice';
import { SwapPairsEditor } from './SwapPairsEditor';
import { placeholderCast } from './contentText';

type Roles = Extract<BlockInput, { kind: 'roles' }>;
type CardSource = 'cast' | 'own' | 'swap';
const SOURCES: readonly CardSource[] = ['cast', 'own', 'swap'];

function sourceOf(block: Roles): CardSource {
  if (block.swapsWith !== undefined) return 'swap';
  if (block.cards !== undefined) return 'own';
  return 'cast';
}

function castOf(draft: ScenarioInput): readonly RoleCard[] | undefined {
  return isEntry(draft.case) && Array.isArray(draft.case.cast)
    ? (draft.case.cast as RoleCard[])
    : undefined;
}

/**
 * The cards a round plays: its own, those of the round it swaps (followed back, a loop of swaps
 * ending in the programme's cast), or the cast of the programme's case.
 */
function cardsPlayed(draft: ScenarioInput, block: Roles): readonly Partial<RoleCard>[] {
  const seen = new Set<Roles>();
  let current: Roles | undefined = block;
  while (current && !seen.has(current)) {
    if (current.cards !== undefined) return listOf(current.cards).filter(isEntry);
    seen.add(current);
    const target: string | undefined = current.swapsWith;
    const swapped: BlockInput | undefined = listOf(draft.blocks).find(
      (b) => isEntry(b) && b.id === target,
    );
    current = swapped?.kind === 'roles' ? swapped : undefined;
  }
  return listOf(castOf(draft)).filter(isEntry);
}

function withSource(
  draft: ScenarioInput,
  block: Roles,
  source: CardSource,
  firstEarlier: string | undefined,
  placeholders: RoleCard[],
): Roles {
  const { cards: _cards, swapsWith: _swaps, swapPairs: _pairs, ...rest } = block;
  // Own cards start from the dossier's cast, to rewrite for this round.
  if (source === 'own')
    return { ...rest, cards: [...(block.cards ?? castOf(draft) ?? placeholders)] };
  if (source === 'swap') return { ...rest, swapsWith: block.swapsWith ?? firstEarlier ?? '' };
  return rest;
}

/**
 * A role play between bestuurder and ambtenaar: which cards it deals (by default the cast of the
 * programme's dossier, else its own, or an earlier round's again with the players swapped), how
 * they are dealt, and who swaps with whom.
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
  const { apply, problems } = useForm();
  const source = sourceOf(block);
  const earlier = earlierOfKind(draft, blockIndex, 'roles');
  const cast = castOf(draft);
  const hasCards = block.cards !== undefined;
  const cardOptions = cardsPlayed(draft, block).flatMap((card) =>
    typeof card.id === 'string' ? [{ value: card.id, label: card.name || card.id }] : [],
  );
  const cards = listOf(block.cards);
  const placeholders = placeholderCast(draft);
  const sourceProblems = problemsAt(problems, ...(hasCards ? [] : [[...base, 'cards']]));
  return (
    <>
      <CaseFromField draft={draft} base={base} blockIndex={blockIndex} value={block.caseFrom} />
      <SelectField
        path={[...base, 'assignment']}
        label={t('studio.forms.roles.assignment')}
        value={block.assignment ?? 'random'}
        options={[
          { value: 'random', label: t('studio.forms.roles.assignment.random') },
          { value: 'facilitator', label: t('studio.forms.roles.assignment.facilitator') },
        ]}
      />
      <SourceChoice
        id={fieldIdForPath([...base, 'cardSource'])}
        legend={t('studio.forms.roles.source')}
        sources={SOURCES}
        current={source}
        label={(option) => t(`studio.forms.roles.source.${option}`)}
        disabled={(option) => option === 'swap' && earlier.length === 0 && source !== 'swap'}
        onChoose={(option) =>
          apply(
            setField(
              base,
              withSource(
                draft,
                block,
                option,
                earlier[0]?.value as string | undefined,
                placeholders,
              ),
            ),
          )
        }
        problems={sourceProblems}
        anchorId={sourceProblems[0] ? fieldIdForPath(sourceProblems[0].path) : undefined}
        testId="roles-source"
      />
      {source === 'cast' ? (
        <p className="studio-field__hint" data-testid="roles-plays-cast">
          {cast
            ? t('studio.forms.roles.playsCast', {
                count: cast.length,
                names: cast.map((card) => card.name).join(' · '),
              })
            : t('studio.forms.roles.noCast')}
        </p>
      ) : null}
      {source === 'swap' ? (
        <SelectField
          path={[...base, 'swapsWith']}
          label={t('studio.forms.roles.swapsWith')}
          hint={t('studio.forms.roles.swapsWithHint')}
          value={block.swapsWith}
          options={earlier}
          testId="field-swapsWith"
        />
      ) : null}
      {hasCards ? (
        <ListEditor
          path={[...base, 'cards']}
          legend={t('studio.forms.roles.cards')}
          items={cards}
          itemLabel={(index) => {
            const name = cards[index]?.name;
            return typeof name === 'string' && name.trim() !== ''
              ? name
              : t('studio.forms.roles.card', { number: index + 1 });
          }}
          addLabel={t('studio.forms.roles.addCard')}
          addEdit={addListEntry(blockIndex, 'cards')}
          min={2}
          max={12}
          testId="role-cards"
          renderItem={(card, _index, path) => <RoleCardFields card={card} path={path} />}
        />
      ) : null}
      {source === 'swap' || block.swapPairs !== undefined ? (
        <SwapPairsEditor block={block} base={base} cardOptions={cardOptions} />
      ) : null}
    </>
  );
}
