import { Link } from '../router/Router';
import { Page } from '../components/Page';
import { useT } from '../i18n/useT';

export function NotFoundScreen() {
  const t = useT();
  return (
    <Page>
      <h1>{t('common.notFound')}</h1>
      <p>
        <Link to="/">{t('common.home')}</Link>
      </p>
    </Page>
  );
}
