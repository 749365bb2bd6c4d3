import { useT } from '../../../i18n/useT';
import type { SelectOption } from './fields/SelectField';

/** The two scales the schema allows. */
export function usePointOptions(): SelectOption[] {
  const t = useT();
  return [
    { value: 5, label: t('studio.forms.points5') },
    { value: 7, label: t('studio.forms.points7') },
  ];
}
