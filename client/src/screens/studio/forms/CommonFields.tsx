import type { BlockInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { FieldPath } from '../model/setField';
import { CheckboxField } from './fields/CheckboxField';
import { MarkdownField } from './fields/MarkdownField';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';

/** The fields every block has: what it is called, how long it takes, its id. */
export function BlockHeadFields({ block, base }: { block: BlockInput; base: FieldPath }) {
  const t = useT();
  return (
    <div className="studio-form__grid">
      <TextField
        path={[...base, 'title']}
        label={t('studio.forms.title')}
        value={block.title}
        testId="field-title"
      />
      <NumberField
        path={[...base, 'minutes']}
        label={t('studio.forms.minutes')}
        value={block.minutes}
        min={0}
        max={600}
        testId="field-minutes"
      />
      <TextField
        path={[...base, 'id']}
        label={t('studio.forms.id')}
        hint={t('studio.forms.idHint')}
        value={block.id}
        testId="field-id"
      />
    </div>
  );
}

/** Whether the block's timer runs by itself (a break, a timed exercise). */
export function BlockTimerField({ block, base }: { block: BlockInput; base: FieldPath }) {
  const t = useT();
  return (
    <CheckboxField
      path={[...base, 'autoStartTimer']}
      label={t('studio.forms.autoStartTimer')}
      value={block.autoStartTimer}
    />
  );
}

/** The texts every block may have: the projector's, the phone's and the trainer's own notes. */
export function BlockTextFields({ block, base }: { block: BlockInput; base: FieldPath }) {
  const t = useT();
  return (
    <>
      <MarkdownField
        path={[...base, 'screen']}
        label={t('studio.forms.screen')}
        hint={t('studio.forms.screenHint')}
        value={block.screen}
        optional
        testId="field-screen"
      />
      <MarkdownField
        path={[...base, 'phone']}
        label={t('studio.forms.phone')}
        hint={t('studio.forms.phoneHint')}
        value={block.phone}
        optional
        rows={4}
        testId="field-phone"
      />
      <MarkdownField
        path={[...base, 'notes']}
        label={t('studio.forms.notes')}
        hint={t('studio.forms.notesHint')}
        value={block.notes}
        optional
        testId="field-notes"
      />
    </>
  );
}
