import type { BlockInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { appendItem, removeItem } from '../model/edits';
import { fieldIdForPath } from '../model/fieldIds';
import type { FieldPath } from '../model/setField';
import { FieldProblems } from './fields/FieldProblems';
import type { SelectOption } from './fields/SelectField';
import { SelectField } from './fields/SelectField';
import { problemsAt, useForm } from './formContext';
import { listOf } from './shape';

type Roles = Extract<BlockInput, { kind: 'roles' }>;

/**
 * Who swaps with whom in the second round: pairs of cards, each a choice of the cards the round
 * plays. A card in no pair stays with its player.
 */
export function SwapPairsEditor({
  block,
  base,
  cardOptions,
}: {
  block: Roles;
  base: FieldPath;
  cardOptions: readonly SelectOption[];
}) {
  const t = useT();
  const { apply, problems } = useForm();
  const path = [...base, 'swapPairs'];
  const id = fieldIdForPath(path);
  const here = problemsAt(problems, path);
  const pairs = listOf(block.swapPairs);
  const [first, second] = cardOptions;
  return (
    <fieldset
      className="studio-list"
      id={id}
      tabIndex={-1}
      aria-invalid={here.length > 0 || undefined}
      aria-describedby={here.length > 0 ? `${id}-problem` : `${id}-hint`}
      data-testid="swap-pairs"
    >
      <legend>{t('studio.forms.roles.swapPairs')}</legend>
      <p className="studio-field__hint" id={`${id}-hint`}>
        {t('studio.forms.roles.swapPairsHint')}
      </p>
      <FieldProblems id={`${id}-problem`} problems={here} />
      <ol className="studio-list__items">
        {pairs.map((pair, index) => {
          const sides = Array.isArray(pair) ? pair : [];
          return (
            <li key={index} className="studio-list__item studio-form__grid">
              <SelectField
                path={[...path, index, 0]}
                label={t('studio.forms.roles.pairFirst', { number: index + 1 })}
                value={sides[0]}
                options={cardOptions}
              />
              <SelectField
                path={[...path, index, 1]}
                label={t('studio.forms.roles.pairSecond', { number: index + 1 })}
                value={sides[1]}
                options={cardOptions}
              />
              <button
                type="button"
                className="button button--quiet button--danger"
                onClick={() => apply(removeItem(path, index))}
              >
                {t('studio.forms.remove', {
                  item: t('studio.forms.roles.pair', { number: index + 1 }),
                })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        disabled={!first || !second || pairs.length >= 6}
        onClick={() => {
          if (first && second) apply(appendItem(path, [first.value, second.value]));
        }}
      >
        {t('studio.forms.roles.addPair')}
      </button>
    </fieldset>
  );
}
