import type { BlockInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { FieldPath } from '../model/setField';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';

type Intentions = Extract<BlockInput, { kind: 'intentions' }>;

/** Intentions (voornemens): the question and how many each participant may write down. */
export function IntentionsForm({ block, base }: { block: Intentions; base: FieldPath }) {
  const t = useT();
  return (
    <>
      <TextField
        path={[...base, 'prompt']}
        label={t('studio.forms.intentions.prompt')}
        value={block.prompt}
        testId="field-prompt"
      />
      <NumberField
        path={[...base, 'max']}
        label={t('studio.forms.intentions.max')}
        hint={t('studio.forms.intentions.maxHint')}
        value={block.max}
        min={1}
        max={10}
        optional
      />
    </>
  );
}
