// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { PAGES } from '@samenspel/shared';
import { matchPath } from '../src/router/match';
import { Link, MemoryRouter, Route, Routes, useLocation, useParams } from '../src/router/Router';

function Code() {
  const { code } = useParams();
  const { hash } = useLocation();
  return (
    <p data-testid="code">
      {code}
      {hash}
    </p>
  );
}

describe('the router', () => {
  afterEach(cleanup);

  it('fits the PAGES table’s paths and decodes their parts', () => {
    expect(matchPath(PAGES.join, '/j/K7W4PX')).toEqual({ code: 'K7W4PX' });
    expect(matchPath(PAGES.join, '/j/K7W4PX/')).toEqual({ code: 'K7W4PX' });
    expect(matchPath(PAGES.console, '/facilitator/rooms/a%20b')).toEqual({ roomId: 'a b' });
    expect(matchPath(PAGES.console, '/facilitator/rooms')).toBeNull();
    expect(matchPath(PAGES.join, '/j/%E0%A4%A')).toBeNull();
    expect(matchPath(PAGES.landing, '/')).toEqual({});
    expect(matchPath('*', '/anything/at/all')).toEqual({});
  });

  it('shows the first route that fits, and a link moves without a page load', () => {
    render(
      <MemoryRouter initialEntries={['/']}>
        <Routes>
          <Route path={PAGES.landing} element={<Link to="/j/ABC123#t=x">naar de kamer</Link>} />
          <Route path={PAGES.join} element={<Code />} />
          <Route path="*" element={<p data-testid="not-found" />} />
        </Routes>
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: 'naar de kamer' });
    expect(link.getAttribute('href')).toBe('/j/ABC123#t=x');
    fireEvent.click(link);
    expect(screen.getByTestId('code').textContent).toBe('ABC123#t=x');
  });

  it('leaves a click with a modifier key to the browser (a new tab)', () => {
    render(
      <MemoryRouter>
        <Routes>
          <Route path={PAGES.landing} element={<Link to="/j/ABC123">kamer</Link>} />
          <Route path={PAGES.join} element={<Code />} />
        </Routes>
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'kamer' }), { ctrlKey: true });
    expect(screen.queryByTestId('code')).toBeNull();
  });
});
