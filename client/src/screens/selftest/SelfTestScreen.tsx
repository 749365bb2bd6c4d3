import { useEffect, useState } from 'react';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/useT';
import { SelfTestForm } from './SelfTestForm';
import { selfTestMemory, type SelfTestMemory } from './selfTestMemory';
import { useSelfTestList } from './useSelfTestList';
import './selfTest.css';

/**
 * The public self-test: the stellingenlijst alone, at home, without a room or an account. The
 * answers stay on the device; the picture is drawn here and can be downloaded.
 */
export function SelfTestScreen() {
  const t = useT();
  const { state, retry } = useSelfTestList();
  const [memory, setMemory] = useState<SelfTestMemory>(() => selfTestMemory.read());
  useEffect(() => {
    document.title = `${t('selfTest.title')} · ${t('app.name')}`;
  }, [t]);
  const remember = (next: SelfTestMemory) => {
    selfTestMemory.write(next);
    setMemory(next);
  };
  return (
    <Page>
      <section className="self-test" data-testid="self-test">
        <h1>{t('selfTest.title')}</h1>
        <p className="lead">{t('selfTest.lead')}</p>
        <p className="field__hint">{t('selfTest.privacy')}</p>
        {state.status === 'loading' ? (
          <p role="status" data-testid="self-test-loading">
            {t('selfTest.loading')}
          </p>
        ) : state.status === 'missing' ? (
          <p className="notice" data-testid="self-test-missing">
            {t('selfTest.missing')}
          </p>
        ) : state.status === 'failed' ? (
          <div className="notice notice--error" role="alert" data-testid="self-test-failed">
            <p>{t('selfTest.failed')}</p>
            <button type="button" className="button" onClick={retry}>
              {t('selfTest.retry')}
            </button>
          </div>
        ) : (
          <SelfTestForm list={state.list} memory={memory} onChange={remember} />
        )}
      </section>
    </Page>
  );
}
