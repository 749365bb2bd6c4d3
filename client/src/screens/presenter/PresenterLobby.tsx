import { formatJoinCode, PATHS, type PresenterView } from '@samenspel/shared';
import { QrCode } from '../../components/QrCode';
import { useT } from '../../i18n/useT';
import { usePublicBase } from './usePublicBase';
import { useJoinLinkToken } from './useJoinLinkToken';

/** Seats drawn for the room; past this the count says it, a wall of dots would not. */
const MAX_SEATS = 48;

/**
 * Before the start: the code as large as the wall allows, a QR code, and the room filling up.
 * With the presenter key, the QR link carries the room's join token.
 */
export function PresenterLobby({
  view,
  presenterKey = null,
}: {
  view: PresenterView;
  presenterKey?: string | null;
}) {
  const t = useT();
  const { room, headcount } = view;
  const base = usePublicBase();
  const linkToken = useJoinLinkToken(room.roomId, presenterKey);
  const url = `${base.origin}${PATHS.join(room.code, linkToken ?? undefined)}`;
  const code = formatJoinCode(room.code);
  const members = headcount.members;
  const closed = room.joinsClosedAt !== null;
  return (
    <div className="lobby" data-testid="presenter-lobby">
      <header className="lobby__top">
        <p className="lobby__brand">{t('app.name')}</p>
        <p className="lobby__room">
          {room.title}
          {room.groupName ? <span className="lobby__group"> · {room.groupName}</span> : null}
        </p>
      </header>
      {closed ? (
        <div className="lobby__main lobby__main--closed" data-testid="presenter-closed">
          <section className="lobby__join">
            <h1 className="lobby__heading">{t('membership.presenter.closed')}</h1>
            <p className="lobby__closed-hint">{t('membership.presenter.closedHint')}</p>
          </section>
        </div>
      ) : null}
      {/* Closed to new participants: no code or QR code that would invite anyone in. */}
      <div className="lobby__main" hidden={closed}>
        <section className="lobby__join">
          <h1 className="lobby__heading">{t('presenter.joinWith')}</h1>
          <ol className="lobby__steps">
            <li>
              <span className="lobby__n" aria-hidden="true">
                1
              </span>
              <span>
                {t('presenter.lobby.step1')} <strong className="lobby__host">{base.host}</strong>
              </span>
            </li>
            <li>
              <span className="lobby__n" aria-hidden="true">
                2
              </span>
              <span>{t('presenter.lobby.step2')}</span>
            </li>
          </ol>
          <p className="lobby__code" data-testid="join-code" data-code={room.code}>
            {/* The tiles are for the eye; a screen reader reads the code once, as text. */}
            <span className="visually-hidden">{code}</span>
            {[...code].map((char, i) =>
              char === '-' ? (
                <span key={i} className="lobby__dash" aria-hidden="true">
                  -
                </span>
              ) : (
                <span key={i} className="lobby__char" aria-hidden="true">
                  {char}
                </span>
              ),
            )}
          </p>
        </section>
        <section className="lobby__qr">
          <QrCode
            value={url}
            alt={t('presenter.qrAlt', { url: `${base.origin}${PATHS.join(room.code)}` })}
          />
          <p className="lobby__scan">{t('presenter.scan')}</p>
        </section>
      </div>
      <footer className="lobby__foot">
        <div className="lobby__seats" aria-hidden="true">
          {Array.from({ length: Math.min(members, MAX_SEATS) }, (_, i) => (
            <span key={i} className="lobby__seat" />
          ))}
        </div>
        <p
          className="lobby__count"
          data-testid="headcount"
          data-connected={headcount.connected}
          data-members={members}
          aria-live="polite"
        >
          {t('presenter.lobby.in', { count: members })}
        </p>
        <p className="lobby__soon">{t('presenter.lobby.soon')}</p>
      </footer>
    </div>
  );
}
