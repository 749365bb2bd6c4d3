import type { BlockInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { FieldPath } from '../model/setField';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';

type Practice = Extract<BlockInput, { kind: 'practice' }>;

/** Cases from practice: what the phones are asked to send in, and how long a case may be. */
export function PracticeForm({ block, base }: { block: Practice; base: FieldPath }) {
  const t = useT();
  return (
    <>
      <TextField
        path={[...base, 'prompt']}
        label={t('studio.forms.practice.prompt')}
        value={block.prompt}
        testId="field-prompt"
      />
      <NumberField
        path={[...base, 'maxLength']}
        label={t('studio.forms.practice.maxLength')}
        hint={t('studio.forms.practice.maxLengthHint')}
        value={block.maxLength}
        min={20}
        max={5000}
        optional
      />
      <p className="studio-field__hint">{t('studio.forms.practice.howItPlays')}</p>
    </>
  );
}
