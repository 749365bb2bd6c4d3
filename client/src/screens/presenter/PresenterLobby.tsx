import { formatJoinCode, PATHS, type PresenterView } from '@samenspel/shared';
import { QrCode } from '../../components/QrCode';
import { useT } from '../../i18n/useT';

/** Before the start: the code as large as the wall allows, a QR code and who is in. */
export function PresenterLobby({ view }: { view: PresenterView }) {
  const t = useT();
  const { room } = view;
  const url = `${window.location.origin}${PATHS.join(room.code)}`;
  return (
    <div className="presenter__lobby">
      <div className="presenter__join">
        <p className="presenter__eyebrow">{room.title}</p>
        <h1 className="presenter__heading">{t('presenter.joinWith')}</h1>
        <p className="presenter__lead">{t('presenter.goTo', { host: window.location.host })}</p>
        <p className="presenter__code" data-testid="join-code" data-code={room.code}>
          {formatJoinCode(room.code)}
        </p>
        <p className="presenter__lead">{t('presenter.scan')}</p>
      </div>
      <div className="presenter__qr">
        <QrCode value={url} alt={t('presenter.qrAlt', { url })} />
        <p
          className="presenter__headcount"
          data-testid="headcount"
          data-connected={view.headcount.connected}
          data-members={view.headcount.members}
        >
          {t('presenter.headcount', { count: view.headcount.members })}
        </p>
      </div>
    </div>
  );
}
