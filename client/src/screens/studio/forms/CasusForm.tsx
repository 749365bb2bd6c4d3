import { PERSPECTIVES, type BlockInput, type ScenarioInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { setField } from '../model/edits';
import { fieldIdForPath } from '../model/fieldIds';
import type { FieldPath } from '../model/setField';
import { earlierOfKind } from './earlierBlocks';
import { MarkdownField } from './fields/MarkdownField';
import { SelectField } from './fields/SelectField';
import { useForm } from './formContext';

type Casus = Extract<BlockInput, { kind: 'casus' }>;
type CaseSource = 'programme' | 'own' | 'same';

function sourceOf(block: Casus): CaseSource {
  if (block.case !== undefined) return 'own';
  if (block.sameCaseAs !== undefined) return 'same';
  return 'programme';
}

/** The block with its case taken from `source`: the programme's dossier, its own text, or an earlier round's. */
function withSource(block: Casus, source: CaseSource, firstEarlier: string | undefined): Casus {
  const { case: _ownCase, sameCaseAs: _same, ...rest } = block;
  if (source === 'own') return { ...rest, case: block.case ?? 'Beschrijf hier de casus.' };
  if (source === 'same') return { ...rest, sameCaseAs: block.sameCaseAs ?? firstEarlier ?? '' };
  return rest;
}

/**
 * A round of the casus in extrema: the perspective it is seen from, and which case it reads:
 * the programme's dossier (told once, at the top), a text of its own, or an earlier round's.
 */
export function CasusForm({
  block,
  base,
  blockIndex,
  draft,
}: {
  block: Casus;
  base: FieldPath;
  blockIndex: number;
  draft: ScenarioInput;
}) {
  const t = useT();
  const { apply } = useForm();
  const source = sourceOf(block);
  const earlier = earlierOfKind(draft, blockIndex, 'casus');
  const sourceId = `${fieldIdForPath([...base, 'caseSource'])}`;
  const sources: CaseSource[] = ['programme', 'own', 'same'];
  return (
    <>
      <SelectField
        path={[...base, 'perspective']}
        label={t('studio.forms.casus.perspective')}
        value={block.perspective}
        options={PERSPECTIVES.map((perspective) => ({
          value: perspective,
          label: t(`perspective.${perspective}`),
        }))}
        testId="field-perspective"
      />
      <fieldset className="studio-choice" id={sourceId}>
        <legend>{t('studio.forms.casus.source')}</legend>
        {sources.map((option) => (
          <label key={option} className="studio-choice__option">
            <input
              type="radio"
              name={sourceId}
              value={option}
              checked={source === option}
              disabled={option === 'same' && earlier.length === 0}
              data-testid={`casus-source-${option}`}
              onChange={() =>
                apply(setField(base, withSource(block, option, earlier[0]?.value as string)))
              }
            />
            {t(`studio.forms.casus.source.${option}`)}
          </label>
        ))}
      </fieldset>
      {source === 'programme' ? (
        <p className="studio-field__hint" data-testid="casus-plays-programme-case">
          {draft.case
            ? t('studio.forms.casus.playsCase', { title: draft.case.title })
            : t('studio.forms.casus.noProgrammeCase')}
        </p>
      ) : null}
      {source === 'own' ? (
        <MarkdownField
          path={[...base, 'case']}
          label={t('studio.forms.casus.case')}
          value={block.case}
          rows={10}
          testId="field-case"
        />
      ) : null}
      {source === 'same' ? (
        <SelectField
          path={[...base, 'sameCaseAs']}
          label={t('studio.forms.casus.sameCaseAs')}
          value={block.sameCaseAs}
          options={earlier}
        />
      ) : null}
    </>
  );
}
