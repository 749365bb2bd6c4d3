import { useState } from 'react';
import { Link, useLocation, useParams } from '../../router/Router';
import { PATHS } from '@samenspel/shared';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/useT';
import { FacilitatorGate } from '../library/FacilitatorGate';
import { ReplayPage } from './ReplayPage';
import { useReplayLog } from './useReplayLog';
import { seqFromHash } from './useSeqInAddress';

/** Route /facilitator/library/:roomId: one session played back, behind the passphrase. */
export function ReplayScreen() {
  const { roomId = '' } = useParams();
  return (
    <FacilitatorGate>
      {(session) => (
        <ReplayLoader roomId={roomId} token={session.token} onUnauthorized={session.signOut} />
      )}
    </FacilitatorGate>
  );
}

function ReplayLoader(props: { roomId: string; token: string; onUnauthorized: () => void }) {
  const t = useT();
  // Read once: afterwards the page writes the address, not the other way round.
  const { hash } = useLocation();
  const [initialSeq] = useState(() => seqFromHash(hash));
  const load = useReplayLog(props.roomId, props.token, props.onUnauthorized, initialSeq);
  if (load.kind === 'ready') {
    return (
      <ReplayPage
        key={load.log.roomId}
        log={load.log}
        engine={load.engine}
        token={props.token}
        onUnauthorized={props.onUnauthorized}
        loadMs={load.loadMs}
        initialSeq={initialSeq}
      />
    );
  }
  return (
    <Page>
      {load.kind === 'loading' ? (
        <h1 className="quiet-heading" aria-busy="true" data-testid="replay-loading">
          {t('replay.loading')}
        </h1>
      ) : (
        <>
          <h1 data-testid="replay-failed" data-reason={load.reason}>
            {t(`replay.load.${load.reason}`)}
          </h1>
          <p>
            <Link to={PATHS.library}>← {t('replay.back')}</Link>
          </p>
        </>
      )}
    </Page>
  );
}
