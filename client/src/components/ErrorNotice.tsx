import { useT } from '../i18n/useT';
import { errorText } from '../i18n/errors';
import { useRoomStore } from '../state/roomStore';

/** A polite live region for refused commands; it is always there, so screen readers hear changes. */
export function ErrorNotice() {
  const t = useT();
  const shown = useRoomStore((state) => state.lastError);
  const clear = useRoomStore((state) => state.clearError);
  return (
    <div className="notice-region" aria-live="polite" aria-atomic="true">
      {shown ? (
        <div
          className="notice notice--error"
          data-testid="command-error"
          data-error-code={shown.error.code}
          key={shown.n}
        >
          <span title={shown.error.message}>{errorText(t, shown.error)}</span>
          <button type="button" className="button button--quiet" onClick={clear}>
            {t('common.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
