import { useEffect, useRef } from 'react';
import { Link, useNavigate } from '../../router/Router';
import { API, PATHS } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { facilitatorSession } from '../../net/storage';
import { useDownload } from '../library/useDownload';

/**
 * The console once the session is over: what comes next, the report and the library. It takes
 * the focus when it appears, so the screen shows it (and a screen reader says it) instead of
 * leaving the facilitator where the notes used to be. A replay shows the words only.
 */
export function EndedPanel({ roomId, readOnly }: { roomId: string; readOnly: boolean }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!readOnly) heading.current?.focus();
  }, [readOnly]);
  return (
    <div className="console-ended" data-testid="console-ended">
      <h3 ref={heading} tabIndex={-1} className="console-ended__title">
        {t('console.ended')}
      </h3>
      {readOnly ? null : (
        <>
          <p>{t('console.ended.next')}</p>
          <AfterTheSession roomId={roomId} />
        </>
      )}
    </div>
  );
}

function AfterTheSession({ roomId }: { roomId: string }) {
  const t = useT();
  const navigate = useNavigate();
  // The report needs the passphrase; a co-facilitator link alone gets the library's login.
  const token = facilitatorSession.get()?.token ?? null;
  const { status, run } = useDownload(token ?? '', () => navigate(PATHS.library));
  return (
    <div className="console-ended__actions">
      {token !== null ? (
        <div className="console-ended__report">
          <button
            type="button"
            className="button button--primary"
            data-testid="console-report"
            disabled={status === 'busy'}
            aria-describedby="console-report-hint"
            onClick={() => void run(API.report(roomId), 'samenspel-verslag.html', true)}
          >
            {t('console.ended.report')}
          </button>
          <p id="console-report-hint" className="field__hint">
            {t('console.ended.reportHint')}
          </p>
          {status === 'failed' ? (
            <p className="field__error" role="alert">
              {t('console.ended.reportFailed')}
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="button-row">
        <Link
          className={token === null ? 'button button--primary' : 'button button--secondary'}
          to={PATHS.library}
          data-testid="console-library-link"
        >
          {t('console.ended.library')}
        </Link>
        <Link
          className="button button--secondary"
          to={PATHS.replay(roomId)}
          data-testid="console-replay-link"
        >
          {t('console.ended.replay')}
        </Link>
      </p>
    </div>
  );
}
