import { useT } from '../../../i18n/useT';

/** A break has no fields of its own beyond its minutes and a timer that may start by itself. */
export function BreakForm() {
  const t = useT();
  return <p className="studio-field__hint">{t('studio.forms.break.hint')}</p>;
}
