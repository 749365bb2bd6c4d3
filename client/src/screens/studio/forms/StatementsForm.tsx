import {
  IDEAL_TYPES,
  type BlockInput,
  type IdealType,
  type ScenarioInput,
} from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { addListEntry, setField } from '../model/edits';
import type { FieldPath } from '../model/setField';
import { earlierOfKind } from './earlierBlocks';
import { useForm } from './formContext';
import { repeatingStatements } from './repeats';
import { CheckboxField } from './fields/CheckboxField';
import { ListEditor } from './fields/ListEditor';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { usePointOptions } from './points';
import { isEntry, listOf } from './shape';

type Statements = Extract<BlockInput, { kind: 'statements' }>;

/** How many statements measure each ideal type: a fair list measures each as often. */
export function countPerType(items: Statements['items'] | undefined): Record<IdealType, number> {
  const counts: Record<IdealType, number> = { bureaucraat: 0, ondernemer: 0, verbinder: 0 };
  for (const item of listOf(items)) {
    const type: unknown = isEntry(item) ? item.type : undefined;
    if (type === 'bureaucraat' || type === 'ondernemer' || type === 'verbinder') counts[type] += 1;
  }
  return counts;
}

/**
 * The stellingenlijst: statements that each measure one ideal type (some reversed), which give
 * every participant a profile across the three; with a live count per type.
 */
export function StatementsForm({
  block,
  base,
  blockIndex,
  draft,
}: {
  block: Statements;
  base: FieldPath;
  blockIndex: number;
  draft: ScenarioInput;
}) {
  const t = useT();
  const { apply } = useForm();
  const counts = countPerType(block.items);
  const typeOptions = IDEAL_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }));
  return (
    <>
      <SelectField
        path={[...base, 'points']}
        label={t('studio.forms.points')}
        value={block.points ?? 5}
        options={usePointOptions()}
      />
      <p className="studio-form__counts" aria-live="polite" data-testid="statements-count">
        {t('studio.forms.statements.perType', {
          total: listOf(block.items).length,
          bureaucraat: counts.bureaucraat,
          ondernemer: counts.ondernemer,
          verbinder: counts.verbinder,
        })}
      </p>
      <ListEditor
        path={[...base, 'items']}
        legend={t('studio.forms.statements.items')}
        items={block.items}
        itemLabel={(index) => t('studio.forms.statements.item', { number: index + 1 })}
        addLabel={t('studio.forms.statements.addItem')}
        addEdit={addListEntry(blockIndex, 'items')}
        min={3}
        max={90}
        testId="statements-items"
        renderItem={(item, index, path) => (
          <div className="studio-form__grid">
            <TextField
              path={[...path, 'text']}
              label={t('studio.forms.statements.itemText', { number: index + 1 })}
              value={item.text}
            />
            <SelectField
              path={[...path, 'type']}
              label={t('studio.forms.statements.type')}
              value={item.type}
              options={typeOptions}
              testId="statement-type"
            />
            <CheckboxField
              path={[...path, 'reversed']}
              label={t('studio.forms.statements.reversed')}
              value={item.reversed}
            />
            <TextField path={[...path, 'id']} label={t('studio.forms.itemId')} value={item.id} />
          </div>
        )}
      />
      <SelectField
        path={[...base, 'repeats']}
        label={t('studio.forms.statements.repeats')}
        hint={t('studio.forms.statements.repeatsHint')}
        value={block.repeats}
        options={earlierOfKind(draft, blockIndex, 'statements')}
        noneLabel={t('studio.forms.repeatsNone')}
        onChoose={(value) =>
          apply(
            setField(
              base,
              repeatingStatements(draft, block, value === undefined ? value : String(value)),
            ),
          )
        }
      />
    </>
  );
}
