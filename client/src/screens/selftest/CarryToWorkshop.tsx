import { useState } from 'react';
import {
  API,
  formatSelfTestCode,
  SelfTestSavedSchema,
  type SelfTestSaved,
  type SelfTestValues,
} from '@samenspel/shared';
import { errorText } from '../../i18n/errors';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { apiRequest } from '../../net/http';

interface CarryProps {
  values: SelfTestValues;
  saved: SelfTestSaved | null;
  onSaved: (saved: SelfTestSaved) => void;
}

/**
 * Carrying the result into a workshop: only on request do the answers go to the server, under
 * a code the person types into the room's stellingenlijst later.
 */
export function CarryToWorkshop({ values, saved, onSaved }: CarryProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const make = async () => {
    setBusy(true);
    setProblem(null);
    const result = await apiRequest(API.selfTestResults, {
      method: 'POST',
      body: { values },
      schema: SelfTestSavedSchema,
    });
    setBusy(false);
    if (result.ok) onSaved(result.data);
    else setProblem(result.error ? errorText(t, result.error) : t('selfTest.carry.failed'));
  };
  return (
    <section className="self-test__carry" aria-labelledby="self-test-carry">
      <h2 id="self-test-carry">{t('selfTest.carry.title')}</h2>
      {saved ? (
        <div data-testid="self-test-code-card">
          <p>{t('selfTest.carry.code')}</p>
          <p className="self-test__code" data-testid="self-test-code">
            {formatSelfTestCode(saved.code)}
          </p>
          <p className="field__hint">
            {t('selfTest.carry.until', {
              date: new Date(saved.expiresAt).toLocaleDateString(language, { dateStyle: 'long' }),
            })}
          </p>
        </div>
      ) : (
        <>
          <p>{t('selfTest.carry.lead')}</p>
          <button
            type="button"
            className="button button--primary"
            data-testid="self-test-make-code"
            disabled={busy}
            onClick={() => void make()}
          >
            {busy ? t('selfTest.carry.making') : t('selfTest.carry.make')}
          </button>
          <div role="status">
            {problem ? (
              <p className="notice notice--error" data-testid="self-test-code-failed">
                {problem}
              </p>
            ) : null}
          </div>
        </>
      )}
      <p className="field__hint">{t('selfTest.carry.stored')}</p>
    </section>
  );
}
