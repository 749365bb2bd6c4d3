import { Page } from '../../components/Page';
import { useT } from '../../i18n/useT';

/** After leaving: said plainly, with a way back in. */
export function LeftScreen({ onRejoin }: { onRejoin: () => void }) {
  const t = useT();
  return (
    <Page>
      <h1 data-testid="participant-left">{t('participant.left')}</h1>
      <button
        type="button"
        className="button button--primary button--large"
        data-testid="rejoin"
        onClick={onRejoin}
      >
        {t('participant.rejoin')}
      </button>
    </Page>
  );
}
