import type { ParticipantView } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { ProfileCard } from './blocks/ProfileCard';
import { DownloadSummary } from './DownloadSummary';
import { VisitAgreementCard } from './blocks/visit/VisitAgreementCard';
import './blocks/blocks.css';

/**
 * The end of the day on the phone: thanks, then what the participant takes home: their
 * profile, what they wrote and what they intend, and a warm closing word.
 */
export function SummaryScreen({ view }: { view: ParticipantView }) {
  const t = useT();
  const { profile, reflections, intentions, visits } = view.summary;
  const nothing =
    profile === null && reflections.length === 0 && intentions.length === 0 && visits.length === 0;
  return (
    <div className="summary" data-testid="summary">
      <h1 data-testid="participant-ended">{t('participant.ended')}</h1>
      <p className="lead">{nothing ? t('phone.summary.nothing') : t('phone.summary.intro')}</p>
      <SummaryContent summary={view.summary} />
      <p className="summary__closing">{t('phone.summary.closing')}</p>
      {nothing ? null : (
        <>
          <p className="field__hint">{t('phone.summary.keep')}</p>
          <DownloadSummary view={view} />
        </>
      )}
    </div>
  );
}

/** During the day: what the participant has so far, folded away, with the download. */
export function SummarySoFar({ view }: { view: ParticipantView }) {
  const t = useT();
  const { reflections, intentions, visits } = view.summary;
  if (reflections.length === 0 && intentions.length === 0 && visits.length === 0) return null;
  return (
    <details className="disclosure" data-testid="summary-so-far">
      <summary className="disclosure__summary">{t('phone.summary.mine')}</summary>
      <SummaryContent summary={view.summary} />
      <DownloadSummary view={view} />
    </details>
  );
}

/** Profile, own reflections, intentions and keukenbezoek: the same on the last screen and during the day. */
function SummaryContent({ summary }: { summary: ParticipantView['summary'] }) {
  const t = useT();
  const { profile, reflections, intentions, visits } = summary;
  return (
    <>
      {profile ? (
        <div className="summary__section">
          <ProfileCard profile={profile} />
        </div>
      ) : null}
      {summary.profiles.length > 1 ? (
        // Over several meetings: the first measurement beside the latest, for this person only.
        <section
          className="summary__section"
          aria-labelledby="summary-shift"
          data-testid="profile-shift"
        >
          <h2 id="summary-shift">{t('phone.profiles.shift')}</h2>
          <h3>{t('phone.profiles.then')}</h3>
          <ProfileCard profile={summary.profiles[0]!} />
          <h3>{t('phone.profiles.now')}</h3>
          <p className="field__hint">{t('phone.profiles.nowHint')}</p>
        </section>
      ) : null}
      {reflections.length > 0 ? (
        <section className="summary__section" aria-labelledby="summary-reflections">
          <h2 id="summary-reflections">{t('phone.summary.reflections')}</h2>
          <ul className="summary__reflections">
            {reflections.map((reflection) => (
              <li
                key={reflection.blockId}
                className="summary-reflection"
                data-testid="summary-reflection"
                data-block-id={reflection.blockId}
              >
                <p className="summary-reflection__prompt">{reflection.prompt}</p>
                <blockquote className="summary-reflection__text">{reflection.text}</blockquote>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {intentions.length > 0 ? (
        <section className="summary__section" aria-labelledby="summary-intentions">
          <h2 id="summary-intentions">{t('phone.summary.intentions')}</h2>
          <ol className="saved-list">
            {intentions.map((intention, i) => (
              <li key={i} data-testid="summary-intention">
                {intention}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {visits.length > 0 ? (
        <section className="summary__section" aria-labelledby="summary-visits">
          <h2 id="summary-visits">{t('phone.summary.visits')}</h2>
          {visits.map((visit) => (
            <VisitAgreementCard key={visit.blockId} agreement={visit} />
          ))}
        </section>
      ) : null}
    </>
  );
}
