import {
  Children,
  createContext,
  isValidElement,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { browserHistory, memoryHistory, type History, type Place } from './history';
import { matchPath } from './match';

/**
 * The app's own router: a few hundred bytes where a library was 12 KB of the phone's first
 * download. It reads the routes from the PAGES table (App.tsx), follows the browser's back and
 * forward, and gives screens what they read: the place, the route's params, a way to move on.
 */
const HistoryContext = createContext<History | null>(null);
const ParamsContext = createContext<Record<string, string>>({});

function RouterWith({ history, children }: { history: History; children: ReactNode }) {
  return <HistoryContext.Provider value={history}>{children}</HistoryContext.Provider>;
}

export function BrowserRouter({ children }: { children: ReactNode }) {
  const [history] = useState(browserHistory);
  return <RouterWith history={history}>{children}</RouterWith>;
}

/** For tests: starts at the first of `initialEntries` (or `/`). */
export function MemoryRouter({
  children,
  initialEntries,
}: {
  children?: ReactNode;
  initialEntries?: readonly string[];
}) {
  const [history] = useState(() => memoryHistory(initialEntries?.[0]));
  return <RouterWith history={history}>{children}</RouterWith>;
}

function useHistory(): History {
  const history = useContext(HistoryContext);
  if (!history) throw new Error('a screen outside the router');
  return history;
}

export function useLocation(): Place {
  const history = useHistory();
  return useSyncExternalStore(
    (onChange) => history.listen(onChange),
    () => history.place,
  );
}

export function useParams(): Record<string, string | undefined> {
  return useContext(ParamsContext);
}

export function useNavigate(): (to: string, options?: { replace?: boolean }) => void {
  const history = useHistory();
  return useMemo(
    () => (to, options) => (options?.replace ? history.replace(to) : history.push(to)),
    [history],
  );
}

export function useSearchParams(): [URLSearchParams] {
  const { search } = useLocation();
  return [useMemo(() => new URLSearchParams(search), [search])];
}

interface RouteProps {
  path: string;
  element: ReactNode;
}

/** One line of the routes: the element shown when the address fits `path`. */
export function Route(_props: RouteProps): null {
  return null;
}

/** Shows the first route whose path fits the address. */
export function Routes({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  for (const child of Children.toArray(children)) {
    if (!isValidElement(child)) continue;
    const { path, element } = (child as ReactElement<RouteProps>).props;
    const params = matchPath(path, pathname);
    if (params) return <ParamsContext.Provider value={params}>{element}</ParamsContext.Provider>;
  }
  return null;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/**
 * A link within the app: a real `<a href>` (opens in a new tab, can be copied), which moves
 * without a page load on a plain click.
 */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const navigate = useNavigate();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const plain =
      event.button === 0 &&
      !event.metaKey &&
      !event.altKey &&
      !event.ctrlKey &&
      !event.shiftKey &&
      (!rest.target || rest.target === '_self');
    if (event.defaultPrevented || !plain) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={follow} {...rest}>
      {children}
    </a>
  );
}
