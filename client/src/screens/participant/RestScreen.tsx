import { useRef, useState } from 'react';
import { PATHS, type ParticipantView } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { participantTokens } from '../../net/storage';
import { SummarySoFar } from './SummaryScreen';

/**
 * Between two meetings: the day is done, what comes next, and the phone's personal return link
 * (its own token in the address's hash, never sent to the server as part of a request), so the
 * person comes back to this group next time, on this device or another.
 */
export function RestScreen({ view }: { view: ParticipantView }) {
  const t = useT();
  const meeting = view.room.meeting;
  const token = participantTokens.get(view.room.code);
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  if (!meeting) return null;
  const link =
    token === null ? null : `${window.location.origin}${PATHS.returnLink(view.room.code, token)}`;
  return (
    <div className="rest" data-testid="participant-resting">
      <h1>{t('phone.rest.title', { title: meeting.title })}</h1>
      {/* Whom this device is back as, on the same phone or after opening the return link elsewhere. */}
      <p className="rest__who" data-testid="rest-who">
        {view.me.name === null
          ? t('phone.rest.youAnonymous')
          : t('phone.rest.you', { name: view.me.name })}
      </p>
      {meeting.next !== null ? (
        <p className="lead">{t('phone.rest.next', { next: meeting.next })}</p>
      ) : null}
      {link !== null ? (
        <section className="summary__section" aria-labelledby="return-link-heading">
          <h2 id="return-link-heading">{t('phone.rest.link')}</h2>
          <p className="field__hint" id="return-link-hint">
            {t('phone.rest.linkHint')}
          </p>
          <input
            className="input return-link"
            ref={field}
            readOnly
            value={link}
            aria-label={t('phone.rest.linkLabel')}
            aria-describedby="return-link-hint"
            data-testid="return-link"
            onFocus={(event) => event.currentTarget.select()}
          />
          <div className="button-row">
            <button
              type="button"
              className="button button--primary button--large"
              data-testid="return-link-copy"
              onClick={() => {
                // Plain http on a venue network has no clipboard API: select the link and copy
                // it the old way, so the person can at least paste it.
                if (!navigator.clipboard) {
                  field.current?.select();
                  setCopied(document.execCommand('copy'));
                  return;
                }
                void navigator.clipboard
                  .writeText(link)
                  .then(() => setCopied(true))
                  .catch(() => setCopied(false));
              }}
            >
              {copied ? t('phone.rest.copied') : t('phone.rest.copy')}
            </button>
            {typeof navigator.share === 'function' ? (
              <button
                type="button"
                className="button button--secondary button--large"
                onClick={() => void navigator.share({ url: link }).catch(() => undefined)}
              >
                {t('phone.rest.share')}
              </button>
            ) : null}
          </div>
          <p role="status" className="visually-hidden">
            {copied ? t('phone.rest.copied') : ''}
          </p>
        </section>
      ) : null}
      <SummarySoFar view={view} />
    </div>
  );
}
