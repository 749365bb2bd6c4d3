import { useEffect } from 'react';
import { Link, useNavigate } from '../router/Router';
import { PATHS } from '@samenspel/shared';
import { JoinCodeForm } from '../components/JoinCodeForm';
import { Page } from '../components/Page';
import { useT } from '../i18n/useT';
import { useWorkshopToReturnTo } from './useWorkshopToReturnTo';
import { loadParticipantScreen } from './participant/loadParticipantScreen';

/**
 * The front door: a big code field for phones, a small way in for facilitators, and for a phone
 * still in a workshop the way back to it.
 */
export function LandingScreen() {
  const t = useT();
  const navigate = useNavigate();
  const workshop = useWorkshopToReturnTo();
  // A phone still in a workshop is likely to go back to it: fetch the room at once.
  useEffect(() => {
    if (workshop) void loadParticipantScreen();
  }, [workshop]);
  return (
    <Page>
      {workshop ? (
        <section className="landing__return" data-testid="landing-return-card" aria-live="polite">
          <p className="landing__return-hint">
            {t('landing.returnHint', { title: workshop.title })}
          </p>
          <Link
            to={PATHS.join(workshop.code)}
            className="button button--primary button--large"
            data-testid="landing-return"
          >
            {t('landing.return')}
          </Link>
        </section>
      ) : null}
      <section className="landing">
        <h1>{t('landing.title')}</h1>
        <p className="lead">{t('landing.intro')}</p>
        <JoinCodeForm
          onCode={(code) => navigate(PATHS.join(code))}
          onBegin={() => void loadParticipantScreen()}
        />
        <p className="landing__self-test">
          <Link to={PATHS.selfTest} data-testid="self-test-link">
            {t('landing.selfTest')}
          </Link>
        </p>
        <p className="landing__facilitator">
          <Link to={PATHS.facilitatorHome} data-testid="facilitator-link">
            {t('landing.facilitatorLink')}
          </Link>
        </p>
      </section>
    </Page>
  );
}
