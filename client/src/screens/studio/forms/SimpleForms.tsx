import type { BlockInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { FieldPath } from '../model/setField';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';

type Of<K extends BlockInput['kind']> = Extract<BlockInput, { kind: K }>;

/** A written reflection: the question, whether it is anonymous, and how long an answer may be. */
export function ReflectionForm({ block, base }: { block: Of<'reflection'>; base: FieldPath }) {
  const t = useT();
  return (
    <>
      <TextField path={[...base, 'prompt']} label={t('studio.forms.prompt')} value={block.prompt} />
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

/** Groups: how many to a group and what they talk about. */
export function GroupsForm({ block, base }: { block: Of<'groups'>; base: FieldPath }) {
  const t = useT();
  return (
    <>
      <NumberField
        path={[...base, 'size']}
        label={t('studio.forms.groups.size')}
        value={block.size}
        min={2}
        max={12}
      />
      <TextField path={[...base, 'prompt']} label={t('studio.forms.prompt')} value={block.prompt} />
    </>
  );
}

/** Intentions: the question and how many each participant may write down. */
export function IntentionsForm({ block, base }: { block: Of<'intentions'>; base: FieldPath }) {
  const t = useT();
  return (
    <>
      <TextField path={[...base, 'prompt']} label={t('studio.forms.prompt')} value={block.prompt} />
      <NumberField
        path={[...base, 'max']}
        label={t('studio.forms.intentions.max')}
        value={block.max}
        min={1}
        max={10}
        optional
      />
    </>
  );
}
