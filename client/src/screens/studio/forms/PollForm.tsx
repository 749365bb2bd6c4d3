import type { BlockInput, ScenarioInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { addListEntry, setField } from '../model/edits';
import type { FieldPath } from '../model/setField';
import { earlierOfKind } from './earlierBlocks';
import { useForm } from './formContext';
import { repeatingPoll } from './repeats';
import { CheckboxField } from './fields/CheckboxField';
import { ListEditor } from './fields/ListEditor';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

type Poll = Extract<BlockInput, { kind: 'poll' }>;

/** A vote: the question, one answer or several, its options, and an earlier vote it asks again. */
export function PollForm({
  block,
  base,
  blockIndex,
  draft,
}: {
  block: Poll;
  base: FieldPath;
  blockIndex: number;
  draft: ScenarioInput;
}) {
  const t = useT();
  const { apply } = useForm();
  return (
    <>
      <TextField
        path={[...base, 'question']}
        label={t('studio.forms.poll.question')}
        value={block.question}
        testId="field-question"
      />
      <CheckboxField
        path={[...base, 'multiple']}
        label={t('studio.forms.poll.multiple')}
        value={block.multiple}
      />
      <ListEditor
        path={[...base, 'options']}
        legend={t('studio.forms.poll.options')}
        items={block.options}
        itemLabel={(index) => t('studio.forms.poll.option', { number: index + 1 })}
        addLabel={t('studio.forms.poll.addOption')}
        addEdit={addListEntry(blockIndex, 'options')}
        min={2}
        max={12}
        testId="poll-options"
        renderItem={(option, index, path) => (
          <div className="studio-form__grid">
            <TextField
              path={[...path, 'label']}
              label={t('studio.forms.poll.optionLabel', { number: index + 1 })}
              value={option.label}
              testId="option-label"
            />
            <TextField path={[...path, 'id']} label={t('studio.forms.itemId')} value={option.id} />
          </div>
        )}
      />
      <SelectField
        path={[...base, 'repeats']}
        label={t('studio.forms.repeats')}
        hint={t('studio.forms.repeatsHint')}
        value={block.repeats}
        options={earlierOfKind(draft, blockIndex, 'poll')}
        noneLabel={t('studio.forms.repeatsNone')}
        onChoose={(value) =>
          apply(
            setField(
              base,
              repeatingPoll(draft, block, value === undefined ? value : String(value)),
            ),
          )
        }
      />
    </>
  );
}
