import type { BlockInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { FieldPath } from '../model/setField';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

type Visit = Extract<BlockInput, { kind: 'visit' }>;

/** A keukenbezoek in pairs: what the pairs agree, how the pairs come about, how long a question may be. */
export function VisitForm({ block, base }: { block: Visit; base: FieldPath }) {
  const t = useT();
  return (
    <>
      <TextField
        path={[...base, 'prompt']}
        label={t('studio.forms.visit.prompt')}
        value={block.prompt}
        testId="field-prompt"
      />
      <SelectField
        path={[...base, 'pairing']}
        label={t('studio.forms.visit.pairing')}
        value={block.pairing ?? 'drawn'}
        options={[
          { value: 'drawn', label: t('studio.forms.visit.drawn') },
          { value: 'chosen', label: t('studio.forms.visit.chosen') },
        ]}
        testId="field-pairing"
      />
      <NumberField
        path={[...base, 'maxLength']}
        label={t('studio.forms.visit.maxLength')}
        hint={t('studio.forms.visit.maxLengthHint')}
        value={block.maxLength}
        min={20}
        max={5000}
        optional
      />
      <p className="studio-field__hint">{t('studio.forms.visit.howItPlays')}</p>
    </>
  );
}
