import type { BlockInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { FieldPath } from '../model/setField';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';

type Reflection = Extract<BlockInput, { kind: 'reflection' }>;

/** A written reflection: the question, whether it is anonymous, and how long an answer may be. */
export function ReflectionForm({ block, base }: { block: Reflection; base: FieldPath }) {
  const t = useT();
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
    </>
  );
}
