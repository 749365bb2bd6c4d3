import { Link, useLocation, useParams } from '../../router/Router';
import { formatJoinCode, normalizeJoinCode } from '@samenspel/shared';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/useT';
import { LookingUp } from './LookingUp';
import { ParticipantRoom } from './ParticipantRoom';
import { useJoinLookup } from './useJoinLookup';
import { rememberJoinLink } from './joinLookupRequest';

/** Route /j/:code: check the code, then connect to the room. */
export function ParticipantScreen() {
  const { code: raw = '' } = useParams();
  const code = normalizeJoinCode(raw);
  const { hash } = useLocation();
  if (code !== null) rememberJoinLink(code, hash);
  return code === null ? <UnknownCode shown={raw} invalid /> : <KnownCode key={code} code={code} />;
}

function KnownCode({ code }: { code: string }) {
  const t = useT();
  const { state, retry } = useJoinLookup(code);
  switch (state.kind) {
    case 'loading':
      return <LookingUp />;
    case 'unknown':
      return <UnknownCode shown={formatJoinCode(code)} invalid={false} />;
    case 'failed':
    case 'limited':
      return (
        <Page>
          <h1 data-testid="lookup-problem" data-reason={state.kind}>
            {state.kind === 'limited'
              ? t('participant.tooManyCodes', { minutes: state.minutes })
              : t('participant.lookupFailed')}
          </h1>
          {state.kind === 'limited' ? (
            <p className="lead" data-testid="lookup-scan-hint">
              {t('participant.tooManyCodesScan')}
            </p>
          ) : null}
          <button type="button" className="button button--primary" onClick={retry}>
            {t('common.retry')}
          </button>
        </Page>
      );
    case 'found':
    case 'returning':
      return <ParticipantRoom code={code} />;
  }
}

function UnknownCode({ shown, invalid }: { shown: string; invalid: boolean }) {
  const t = useT();
  return (
    <Page>
      <h1 data-testid="unknown-code">
        {invalid ? t('participant.invalidCode') : t('participant.unknownCode', { code: shown })}
      </h1>
      <p>
        <Link to="/" className="button button--primary">
          {t('participant.otherCode')}
        </Link>
      </p>
    </Page>
  );
}
