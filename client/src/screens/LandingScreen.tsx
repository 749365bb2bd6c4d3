import { Link, useNavigate } from 'react-router-dom';
import { PATHS } from '@samenspel/shared';
import { JoinCodeForm } from '../components/JoinCodeForm';
import { Page } from '../components/Page';
import { useT } from '../i18n/useT';

/** The front door: a big code field for phones, a small way in for facilitators. */
export function LandingScreen() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Page>
      <section className="landing">
        <h1>{t('landing.title')}</h1>
        <p className="lead">{t('landing.intro')}</p>
        <JoinCodeForm onCode={(code) => navigate(PATHS.join(code))} />
        <p className="landing__facilitator">
          <Link to={PATHS.facilitatorHome} data-testid="facilitator-link">
            {t('landing.facilitatorLink')}
          </Link>
        </p>
      </section>
    </Page>
  );
}
