import type { BlockInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { FieldPath } from '../model/setField';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';

type Groups = Extract<BlockInput, { kind: 'groups' }>;

/** Groups drawn by Samenspel: how many to a group and what they talk about. */
export function GroupsForm({ block, base }: { block: Groups; base: FieldPath }) {
  const t = useT();
  return (
    <>
      <NumberField
        path={[...base, 'size']}
        label={t('studio.forms.groups.size')}
        hint={t('studio.forms.groups.sizeHint')}
        value={block.size}
        min={2}
        max={12}
        testId="field-size"
      />
      <TextField
        path={[...base, 'prompt']}
        label={t('studio.forms.groups.prompt')}
        value={block.prompt}
        testId="field-prompt"
      />
    </>
  );
}
