// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { JoinCodeForm } from '../src/components/JoinCodeForm';
import { useLanguage } from '../src/i18n/language';

afterEach(cleanup);

function submitCode(value: string) {
  const onCode = vi.fn();
  render(<JoinCodeForm onCode={onCode} />);
  fireEvent.change(screen.getByLabelText('Code'), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Doe mee' }));
  return onCode;
}

describe('join code form', () => {
  it('normalises case, spaces and dashes before handing the code on', () => {
    const onCode = submitCode('  k7w-4px ');
    expect(onCode).toHaveBeenCalledWith('K7W4PX');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses what cannot be a code, and says so', () => {
    const onCode = submitCode('K0W-4PX'); // 0 is not in the alphabet
    expect(onCode).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('zes letters en cijfers');
    expect(screen.getByLabelText('Code').getAttribute('aria-invalid')).toBe('true');
  });

  it('speaks English when asked, and marks the document language', async () => {
    await useLanguage.getState().setLanguage('en');
    render(<JoinCodeForm onCode={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Join' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('samenspel.lang')).toBe('en');
    useLanguage.getState().setLanguage('nl');
  });
});
