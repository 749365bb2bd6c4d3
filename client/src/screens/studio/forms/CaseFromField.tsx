import type { ScenarioInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { FieldPath } from '../model/setField';
import { earlierOfKind } from './earlierBlocks';
import { SelectField } from './fields/SelectField';

interface CaseFromFieldProps {
  draft: ScenarioInput;
  base: FieldPath;
  blockIndex: number;
  value: unknown;
}

/**
 * The switch to the room's own case: a casus or a role play that plays the case the room chose
 * in an earlier block of cases from practice. Shown once the programme has such a block.
 */
export function CaseFromField({ draft, base, blockIndex, value }: CaseFromFieldProps) {
  const t = useT();
  const earlier = earlierOfKind(draft, blockIndex, 'practice');
  if (earlier.length === 0 && value === undefined) return null;
  return (
    <SelectField
      path={[...base, 'caseFrom']}
      label={t('studio.forms.caseFrom.label')}
      hint={t('studio.forms.caseFrom.hint')}
      value={value}
      options={earlier}
      noneLabel={t('studio.forms.caseFrom.none')}
      testId="field-caseFrom"
    />
  );
}
