import { useT } from '../../../i18n/useT';

/**
 * An information block has no fields of its own: what it shows is in the texts below. Saying so
 * keeps a trainer from looking for a setting that is not there.
 */
export function InfoForm() {
  const t = useT();
  return <p className="studio-field__hint">{t('studio.forms.info.hint')}</p>;
}
