import { Page } from '../../components/Page';
import { useT } from '../../i18n/useT';

/** While the room's code is on its way and the code is looked up: one heading, no jump between. */
export function LookingUp() {
  const t = useT();
  return (
    <Page>
      <h1 className="quiet-heading" aria-busy="true">
        {t('participant.lookingUp')}
      </h1>
    </Page>
  );
}
