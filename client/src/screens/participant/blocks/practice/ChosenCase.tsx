import type { ShortlistedCase } from '@samenspel/shared';
import { PlainText } from '../../../../components/PlainText';
import { useT } from '../../../../i18n/useT';

/** The case the room chose: what the next rounds are about. */
export function ChosenCase({ chosen }: { chosen: ShortlistedCase }) {
  const t = useT();
  return (
    <section className="activity casus__case" data-testid="practice-chosen">
      <p className="field__hint">{t('phone.practice.chosen')}</p>
      <h3 className="activity__question">{chosen.title}</h3>
      <PlainText text={chosen.text} testId="practice-chosen-text" />
    </section>
  );
}
