import { useState } from 'react';
import { API, PATHS, RoomSummarySchema, type RoomSummary } from '@samenspel/shared';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useT } from '../../i18n/useT';
import { apiRequest } from '../../net/http';

interface RenewLinksProps {
  room: RoomSummary;
  token: string;
  onRenewed: (room: RoomSummary) => void;
  onUnauthorized: () => void;
}

type Step = 'idle' | 'busy' | 'failed' | 'renewed';

/** The links to share, as whole addresses: they are pasted into mail or chat, not clicked here. */
export function roomLinks(room: RoomSummary, origin = window.location.origin) {
  return {
    presenter: origin + PATHS.presenter(room.roomId, room.presenterKey),
    coFacilitator: `${origin}${PATHS.console(room.roomId)}#key=${encodeURIComponent(room.facilitatorKey)}`,
  };
}

/**
 * Retires one room's presenter and co-facilitator links and shows the new ones, after asking:
 * for a link that went where it should not (a forwarded mail, a photo of the projector).
 */
export function RenewLinks({ room, token, onRenewed, onUnauthorized }: RenewLinksProps) {
  const t = useT();
  const [step, setStep] = useState<Step>('idle');

  const renew = async () => {
    setStep('busy');
    const result = await apiRequest(API.links(room.roomId), {
      method: 'POST',
      token,
      schema: RoomSummarySchema,
    });
    if (!result.ok && result.status === 401) return onUnauthorized();
    if (!result.ok) return setStep('failed');
    onRenewed(result.data);
    setStep('renewed');
  };

  const links = roomLinks(room);
  return (
    <div className="renew-links" data-testid="renew-links" aria-live="polite">
      <ConfirmButton
        label={step === 'busy' ? t('facilitator.renewLinksBusy') : t('facilitator.renewLinks')}
        question={t('facilitator.renewLinksQuestion')}
        confirmLabel={t('facilitator.renewLinksConfirm')}
        onConfirm={() => void renew()}
        testId="renew-links-button"
        disabled={step === 'busy'}
      />
      {step === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {t('facilitator.renewLinksFailed')}
        </p>
      ) : null}
      {step === 'renewed' ? (
        <div className="notice notice--ok" data-testid="renewed-links">
          <p>{t('facilitator.renewedLinks')}</p>
          <dl className="renew-links__list">
            <dt>{t('facilitator.openPresenter')}</dt>
            <dd>
              <code data-testid="renewed-presenter-link">{links.presenter}</code>
            </dd>
            <dt>{t('facilitator.coFacilitatorLink')}</dt>
            <dd>
              <code data-testid="renewed-cofacilitator-link">{links.coFacilitator}</code>
            </dd>
          </dl>
        </div>
      ) : null}
    </div>
  );
}
