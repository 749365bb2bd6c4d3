import type { ReactNode } from 'react';
import { Link } from '../router/Router';
import { useT } from '../i18n/useT';
import { LanguageSwitch } from './LanguageSwitch';

interface PageProps {
  children: ReactNode;
  /** Extra things for the top bar, such as a connection indicator. */
  aside?: ReactNode;
  /** A wider layout, for the facilitator's console. */
  wide?: boolean;
}

/** The frame of every screen except the presenter's: a top bar and one main landmark. */
export function Page({ children, aside, wide = false }: PageProps) {
  const t = useT();
  return (
    <div className="page">
      <header className="topbar">
        <Link to="/" className="topbar__brand">
          {t('app.name')}
        </Link>
        <div className="topbar__aside">
          {aside}
          <LanguageSwitch />
        </div>
      </header>
      <main className={wide ? 'main main--wide' : 'main'}>{children}</main>
    </div>
  );
}
