import { useId, useState, type FormEvent } from 'react';
import { API, LoginResponseSchema } from '@samenspel/shared';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/useT';
import { apiRequest, minutesToWait } from '../../net/http';
import type { FacilitatorSession } from '../../net/storage';

type Problem = { kind: 'wrong' } | { kind: 'failed' } | { kind: 'limited'; minutes: number } | null;

/** The passphrase form. A wrong passphrase gets no hint beyond that it was wrong. */
export function LoginScreen({ onSignedIn }: { onSignedIn: (session: FacilitatorSession) => void }) {
  const t = useT();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length === 0) return;
    setBusy(true);
    setProblem(null);
    const result = await apiRequest(API.session, {
      method: 'POST',
      body: { passphrase },
      schema: LoginResponseSchema,
    });
    setBusy(false);
    if (result.ok) {
      onSignedIn(result.data);
    } else {
      setProblem(
        result.status === 429
          ? { kind: 'limited', minutes: minutesToWait(result) }
          : { kind: result.status === 401 ? 'wrong' : 'failed' },
      );
    }
  };

  return (
    <Page>
      <h1>{t('login.title')}</h1>
      <form className="stack narrow" onSubmit={submit} data-testid="login-form">
        <div className="field">
          <label htmlFor={`${id}-passphrase`} className="field__label">
            {t('login.passphrase')}
          </label>
          <input
            id={`${id}-passphrase`}
            className="input"
            type="password"
            name="passphrase"
            autoComplete="current-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            aria-invalid={problem?.kind === 'wrong'}
            aria-describedby={problem ? `${id}-problem` : undefined}
            required
            data-testid="login-passphrase"
          />
        </div>
        <div aria-live="polite">
          {problem ? (
            <p id={`${id}-problem`} className="field__error" data-testid="login-error">
              {problem.kind === 'limited'
                ? t('login.limited', { minutes: problem.minutes })
                : t(problem.kind === 'wrong' ? 'login.wrong' : 'login.failed')}
            </p>
          ) : null}
        </div>
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="login-submit"
        >
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </Page>
  );
}
