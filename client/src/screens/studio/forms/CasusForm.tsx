import { PERSPECTIVES, type BlockInput, type ScenarioInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { setField } from '../model/edits';
import { fieldIdForPath } from '../model/fieldIds';
import type { FieldPath } from '../model/setField';
import { CaseFromField } from './CaseFromField';
import { earlierOfKind } from './earlierBlocks';
import { MarkdownField } from './fields/MarkdownField';
import { SelectField } from './fields/SelectField';
import { problemsAt, useForm } from './formContext';
import { isEntry } from './shape';
import { SourceChoice } from './SourceChoice';
import { contentText } from './contentText';

type Casus = Extract<BlockInput, { kind: 'casus' }>;
type CaseSource = 'programme' | 'own' | 'same';
const SOURCES: readonly CaseSource[] = ['programme', 'own', 'same'];

function sourceOf(block: Casus): CaseSource {
  if (block.case !== undefined) return 'own';
  if (block.sameCaseAs !== undefined) return 'same';
  return 'programme';
}

/**
 * The block with its case taken from `source`: the programme's dossier, its own text (starting
 * from the dossier's, to rewrite), or an earlier round's.
 */
function withSource(
  draft: ScenarioInput,
  block: Casus,
  source: CaseSource,
  firstEarlier: string | undefined,
  placeholder: string,
): Casus {
  const { case: _ownCase, sameCaseAs: _same, ...rest } = block;
  if (source === 'own') {
    const dossier =
      isEntry(draft.case) && typeof draft.case.text === 'string' ? draft.case.text : '';
    return { ...rest, case: block.case ?? (dossier || placeholder) };
  }
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
  const { apply, problems } = useForm();
  const source = sourceOf(block);
  const earlier = earlierOfKind(draft, blockIndex, 'casus');
  const hasOwn = block.case !== undefined;
  const hasSame = block.sameCaseAs !== undefined;
  const dossier = isEntry(draft.case) ? draft.case : null;
  // A problem about a field that is not drawn (the case of a round that plays the dossier) shows
  // at the choice that would fix it.
  const sourceProblems = problemsAt(
    problems,
    ...(hasOwn ? [] : [[...base, 'case']]),
    ...(hasSame ? [] : [[...base, 'sameCaseAs']]),
  );
  return (
    <>
      <CaseFromField draft={draft} base={base} blockIndex={blockIndex} value={block.caseFrom} />
      <SelectField
        path={[...base, 'perspective']}
        label={t('studio.forms.casus.perspective')}
        hint={t('studio.forms.casus.perspectiveHint')}
        value={block.perspective}
        options={PERSPECTIVES.map((perspective) => ({
          value: perspective,
          label: t(`perspective.${perspective}`),
        }))}
        testId="field-perspective"
      />
      <SourceChoice
        id={fieldIdForPath([...base, 'caseSource'])}
        legend={t('studio.forms.casus.source')}
        sources={SOURCES}
        current={source}
        label={(option) => t(`studio.forms.casus.source.${option}`)}
        disabled={(option) => option === 'same' && earlier.length === 0 && !hasSame}
        onChoose={(option) =>
          apply(
            setField(
              base,
              withSource(
                draft,
                block,
                option,
                earlier[0]?.value as string | undefined,
                contentText(draft)('studio.forms.placeholder.casus'),
              ),
            ),
          )
        }
        problems={sourceProblems}
        anchorId={sourceProblems[0] ? fieldIdForPath(sourceProblems[0].path) : undefined}
        testId="casus-source"
      />
      {source === 'programme' ? (
        <p className="studio-field__hint" data-testid="casus-plays-programme-case">
          {dossier && typeof dossier.title === 'string'
            ? t('studio.forms.casus.playsCase', { title: dossier.title })
            : t('studio.forms.casus.noProgrammeCase')}
        </p>
      ) : null}
      {hasOwn ? (
        <MarkdownField
          path={[...base, 'case']}
          label={t('studio.forms.casus.case')}
          value={block.case}
          rows={10}
          testId="field-case"
        />
      ) : null}
      {hasSame ? (
        <SelectField
          path={[...base, 'sameCaseAs']}
          label={t('studio.forms.casus.sameCaseAs')}
          value={block.sameCaseAs}
          options={earlier}
          noneLabel={hasOwn ? t('studio.forms.casus.sameCaseAsNone') : undefined}
          testId="field-sameCaseAs"
        />
      ) : null}
    </>
  );
}
