import type { BlockInput, ScenarioInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { addListEntry, setField } from '../model/edits';
import type { FieldPath } from '../model/setField';
import { earlierOfKind } from './earlierBlocks';
import { useForm } from './formContext';
import { repeatingScale } from './repeats';
import { ListEditor } from './fields/ListEditor';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { usePointOptions } from './points';

type Scale = Extract<BlockInput, { kind: 'scale' }>;

/** A scale question: statements the room rates from disagree to agree, on 5 or 7 points. */
export function ScaleForm({
  block,
  base,
  blockIndex,
  draft,
}: {
  block: Scale;
  base: FieldPath;
  blockIndex: number;
  draft: ScenarioInput;
}) {
  const t = useT();
  const { apply } = useForm();
  return (
    <>
      <SelectField
        path={[...base, 'points']}
        label={t('studio.forms.points')}
        value={block.points ?? 5}
        options={usePointOptions()}
      />
      <ListEditor
        path={[...base, 'statements']}
        legend={t('studio.forms.scale.statements')}
        items={block.statements}
        itemLabel={(index) => t('studio.forms.scale.statement', { number: index + 1 })}
        addLabel={t('studio.forms.scale.addStatement')}
        addEdit={addListEntry(blockIndex, 'statements')}
        min={1}
        max={20}
        testId="scale-statements"
        renderItem={(statement, index, path) => (
          <div className="studio-form__grid">
            <TextField
              path={[...path, 'text']}
              label={t('studio.forms.scale.statementText', { number: index + 1 })}
              value={statement.text}
            />
            <TextField
              path={[...path, 'id']}
              label={t('studio.forms.itemId')}
              value={statement.id}
            />
          </div>
        )}
      />
      <SelectField
        path={[...base, 'repeats']}
        label={t('studio.forms.repeats')}
        hint={t('studio.forms.repeatsHint')}
        value={block.repeats}
        options={earlierOfKind(draft, blockIndex, 'scale')}
        noneLabel={t('studio.forms.repeatsNone')}
        onChoose={(value) =>
          apply(
            setField(
              base,
              repeatingScale(draft, block, value === undefined ? value : String(value)),
            ),
          )
        }
      />
    </>
  );
}
