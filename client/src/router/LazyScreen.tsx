import {
  Component,
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useState,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { Page } from '../components/Page';
import { useT } from '../i18n/useT';

export type ScreenLoader = () => Promise<{ default: ComponentType }>;

/**
 * One lazy component per loader, kept across visits so a screen already downloaded shows at
 * once; replaced after a failure, because React keeps a lazy component's failed download.
 */
const screens = new Map<ScreenLoader, LazyExoticComponent<ComponentType>>();

function screenFor(load: ScreenLoader, afresh: boolean): LazyExoticComponent<ComponentType> {
  let screen = screens.get(load);
  if (!screen || afresh) {
    screen = lazy(load);
    screens.set(load, screen);
  }
  return screen;
}

/**
 * A screen that is a download of its own. On venue Wi-Fi that download can fail; the page then
 * says so and tries again when asked, or by itself when the network comes back, instead of
 * going blank.
 */
export function LazyScreen({
  load,
  fallback = null,
}: {
  load: ScreenLoader;
  fallback?: ReactNode;
}) {
  const [attempt, setAttempt] = useState(0);
  const Screen = useMemo(() => screenFor(load, attempt > 0), [load, attempt]);
  const retry = () => setAttempt((n) => n + 1);
  return (
    <LoadBoundary key={attempt} failure={<LoadFailed onRetry={retry} />}>
      <Suspense fallback={fallback}>
        <Screen />
      </Suspense>
    </LoadBoundary>
  );
}

class LoadBoundary extends Component<
  { failure: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.failure : this.props.children;
  }
}

function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  useEffect(() => {
    window.addEventListener('online', onRetry);
    return () => window.removeEventListener('online', onRetry);
  }, [onRetry]);
  return (
    <Page>
      <div role="alert" data-testid="screen-load-failed">
        <h1>{t('common.loadFailed.title')}</h1>
        <p>{t('common.loadFailed.body')}</p>
      </div>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </Page>
  );
}
