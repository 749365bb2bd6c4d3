import { Page } from '../../components/Page';
import { useT } from '../../i18n/useT';

/**
 * After the facilitator took this phone's participant out: said in words, on every reload too
 * (the old token is refused with the same reason). Joining anew is possible, as someone new.
 */
export function RemovedScreen({ onJoinAsNew }: { onJoinAsNew: () => void }) {
  const t = useT();
  return (
    <Page>
      <section>
        <h1 data-testid="participant-removed">{t('membership.phone.removed')}</h1>
        <p className="lead">{t('membership.phone.removedHint')}</p>
        <button
          type="button"
          className="button button--secondary button--large"
          data-testid="join-as-new"
          onClick={onJoinAsNew}
        >
          {t('membership.phone.joinAsNew')}
        </button>
      </section>
    </Page>
  );
}
