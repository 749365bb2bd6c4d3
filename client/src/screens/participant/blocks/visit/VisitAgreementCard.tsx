import type { VisitAgreement } from '@samenspel/shared';
import { useT } from '../../../../i18n/useT';

/** A keukenbezoek agreement read back: with whom, at whose kitchen, when, and the question. */
export function VisitAgreementCard({ agreement }: { agreement: VisitAgreement }) {
  const t = useT();
  const names = agreement.partners.map((name) => name ?? t('phone.groups.anonymous'));
  return (
    <div
      className="visit-agreement"
      data-testid="visit-agreement"
      data-block-id={agreement.blockId}
    >
      <p className="visit-agreement__with">
        {names.length > 0
          ? t('phone.visit.with', { names: names.join(', ') })
          : t('phone.visit.withNobody')}
      </p>
      <dl className="visit-agreement__list">
        <dt>{t('phone.visit.at')}</dt>
        <dd>{agreement.host}</dd>
        <dt>{t('phone.visit.on')}</dt>
        <dd>{agreement.when}</dd>
        <dt>{t('phone.visit.asked')}</dt>
        <dd>{agreement.question}</dd>
      </dl>
    </div>
  );
}
