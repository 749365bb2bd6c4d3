import { describe, expect, it } from 'vitest';
import { translate } from '../src/i18n/catalogs';
import { errorText } from '../src/i18n/errors';

const nl = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
  translate('nl', key, vars);
const en = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
  translate('en', key, vars);

describe('a refused command in words', () => {
  it('says how many minutes to wait when the server asks for minutes (a network’s join budget)', () => {
    const error = { code: 'rate_limited', message: 'wait', retryAfterMs: 9 * 60_000 + 1 } as const;
    expect(errorText(nl, error)).toBe(
      'Vanaf dit netwerk hebben zich zojuist erg veel telefoons aangemeld. Probeer het over 10 min opnieuw.',
    );
    expect(errorText(en, error)).toBe(
      'A great many phones have just joined from this network. Try again in 10 min.',
    );
  });

  it('asks for a moment when the wait is a moment (a burst of taps)', () => {
    const error = { code: 'rate_limited', message: 'wait', retryAfterMs: 100 } as const;
    expect(errorText(nl, error)).toBe('Even rustig aan: probeer het zo opnieuw.');
    expect(errorText(nl, { code: 'room_ended', message: 'ended' })).toBe(nl('error.room_ended'));
  });
});
