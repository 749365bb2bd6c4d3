import { useState } from 'react';
import { Link, useLocation, useParams } from '../../router/Router';
import { formatJoinCode, normalizeJoinCode, type JoinLookup } from '@samenspel/shared';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/useT';
import { participantTokens } from '../../net/storage';
import { LazyScreen } from '../../router/LazyScreen';
import { JoinForm } from './JoinForm';
import { LookingUp } from './LookingUp';
import { loadParticipantScreen } from './loadParticipantScreen';
import { leavePendingJoin } from './pendingJoin';
import { useJoinLookup } from './useJoinLookup';
import { rememberJoinLink } from './joinLookupRequest';

/**
 * Route /j/:code, in the first download: check the code and, for a phone new to the room, show
 * the name form from the lookup's answer. The room (socket, blocks) is a download of its own
 * that starts when the phone starts on the form; a phone already in the room goes straight in.
 */
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
  const [inRoomAlready] = useState(() => participantTokens.get(code) !== null);
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
      // Decided once: the token a join gives must not swap the room for another element (and
      // with it reconnect the socket) on the next render.
      return inRoomAlready || !state.room.joinsOpen || state.room.status === 'ended' ? (
        <Room />
      ) : (
        <NameFirst code={code} room={state.room} />
      );
    case 'returning':
      return <Room />;
  }
}

/**
 * The room itself. Also for a room closed to newcomers: connected as a guest, the phone sees
 * it open again live and gets its form then.
 */
function Room({ entering = false }: { entering?: boolean }) {
  return (
    <LazyScreen load={loadParticipantScreen} fallback={entering ? <Connecting /> : <LookingUp />} />
  );
}

function Connecting() {
  const t = useT();
  return (
    <Page>
      <h1 className="quiet-heading" aria-busy="true">
        {t('participant.connecting')}
      </h1>
    </Page>
  );
}

/** The name form before the room is here; once given, the room takes the name in with it. */
function NameFirst({ code, room }: { code: string; room: JoinLookup }) {
  const [entering, setEntering] = useState(false);
  if (entering) return <Room entering />;
  return (
    <Page>
      <JoinForm
        room={room}
        onBegin={() => void loadParticipantScreen()}
        onJoin={async (name) => {
          leavePendingJoin(code, name);
          setEntering(true);
          return true;
        }}
      />
    </Page>
  );
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
