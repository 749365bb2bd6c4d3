// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { blockOf, ok, renderPhone, viewWith } from './phoneFixtures';

afterEach(cleanup);

describe('a new block on the phone', () => {
  it('takes the focus to its title, so a screen reader announces it', () => {
    const { update } = renderPhone(viewWith(blockOf({ kind: 'info' })), ok);
    const next = { ...blockOf({ kind: 'break' }), id: 'pauze', title: 'Pauze' };
    update(viewWith(next));
    expect(document.activeElement).toBe(screen.getByTestId('block-title'));
    expect(document.activeElement?.textContent).toBe('Pauze');
  });
});
