import type { BlockInput, ScenarioInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { FieldPath } from '../model/setField';
import { earlierOfKind } from './earlierBlocks';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

type Reflection = Extract<BlockInput, { kind: 'reflection' }>;

interface ReflectionFormProps {
  block: Reflection;
  base: FieldPath;
  draft: ScenarioInput;
  blockIndex: number;
}

/**
 * A written reflection: the question, whether it is anonymous, how long an answer may be, and on
 * a later day what it looks back on (the own intentions, the keukenbezoek agreed), offered once
 * the programme has such a block before it.
 */
export function ReflectionForm({ block, base, draft, blockIndex }: ReflectionFormProps) {
  const t = useT();
  const intentions = earlierOfKind(draft, blockIndex, 'intentions');
  const visits = earlierOfKind(draft, blockIndex, 'visit');
  return (
    <>
      <TextField
        path={[...base, 'prompt']}
        label={t('studio.forms.reflection.prompt')}
        value={block.prompt}
        testId="field-prompt"
      />
      <CheckboxField
        path={[...base, 'anonymous']}
        label={t('studio.forms.reflection.anonymous')}
        value={block.anonymous}
      />
      <NumberField
        path={[...base, 'maxLength']}
        label={t('studio.forms.reflection.maxLength')}
        hint={t('studio.forms.reflection.maxLengthHint')}
        value={block.maxLength}
        min={20}
        max={5000}
        optional
      />
      {intentions.length > 0 || block.intentionsFrom !== undefined ? (
        <SelectField
          path={[...base, 'intentionsFrom']}
          label={t('studio.forms.reflection.intentionsFrom')}
          hint={t('studio.forms.reflection.intentionsFromHint')}
          value={block.intentionsFrom}
          options={intentions}
          noneLabel={t('studio.forms.reflection.lookBackNone')}
          testId="field-intentionsFrom"
        />
      ) : null}
      {visits.length > 0 || block.visitFrom !== undefined ? (
        <SelectField
          path={[...base, 'visitFrom']}
          label={t('studio.forms.reflection.visitFrom')}
          hint={t('studio.forms.reflection.visitFromHint')}
          value={block.visitFrom}
          options={visits}
          noneLabel={t('studio.forms.reflection.lookBackNone')}
          testId="field-visitFrom"
        />
      ) : null}
    </>
  );
}
