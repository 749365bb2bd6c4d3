import { useEffect, useMemo, useRef, useState } from 'react';
import type { Handshake } from '@samenspel/shared';
import { ConnectionIndicator } from '../../components/ConnectionIndicator';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../components/Page';
import { useRoomConnection, type RoomIdentity } from '../../hooks/useRoomConnection';
import { refusalKey } from '../../i18n/errors';
import { useT } from '../../i18n/useT';
import { lastParticipantView } from '../../net/lastView';
import { deviceSecrets, joinLinks, participantTokens, returnLinks } from '../../net/storage';
import { useRoomStore } from '../../state/roomStore';
import { JoinForm, joinRoomOf } from './JoinForm';
import { peekPendingJoin, takePendingJoin } from './pendingJoin';
import { LeftScreen } from './LeftScreen';
import { RemovedScreen } from './RemovedScreen';
import { ParticipantView } from './ParticipantView';
import { SendContext } from './blocks/sendContext';

/** Refusals that mean the stored token is no good: forget it and come in as a guest. */
const STALE_TOKEN = new Set(['invalid_token', 'participant_left']);
/** The facilitator took this participant out; the token is kept, so a reload says so again. */
const REMOVED = 'participant_removed';

/**
 * The handshake for this phone, with its token if it has one and its QR link's room token if it
 * came through one (asked on every connect).
 */
function participantHandshake(code: string): Handshake {
  const token = participantTokens.get(code);
  const link = joinLinks.get(code);
  return {
    v: 1,
    role: 'participant',
    code,
    ...(token === null ? {} : { token }),
    ...(link === null ? {} : { link }),
  };
}

/** The phone in one room: guest → join → participant, with the token kept on the device. */
export function ParticipantRoom({ code }: { code: string }) {
  const t = useT();
  const [left, setLeft] = useState(false);
  const [generation, setGeneration] = useState(0);

  const identity: RoomIdentity | null = left
    ? null
    : { key: `participant:${code}:${generation}`, auth: () => participantHandshake(code) };
  const { send, reconnect } = useRoomConnection(identity);
  const view = useRoomStore((state) => state.view);
  const status = useRoomStore((state) => state.status);
  const refusal = useRoomStore((state) => state.refusal);
  const lastErrorCode = useRoomStore((state) => state.lastError?.error.code ?? null);
  // Told by the handshake (a reload), by a message (removed while here) or by a refused command;
  // it stays said, whatever view the socket, now a guest's, is sent next.
  const [removed, setRemoved] = useState(false);
  useEffect(() => {
    if (refusal === REMOVED || lastErrorCode === REMOVED) setRemoved(true);
  }, [refusal, lastErrorCode]);

  // A return link that does not work is said plainly, not turned into a fresh join unasked.
  const [returnRefused, setReturnRefused] = useState(false);
  useEffect(() => {
    if (refusal !== null && STALE_TOKEN.has(refusal) && participantTokens.get(code) !== null) {
      participantTokens.forget(code);
      if (returnLinks.used(code)) {
        returnLinks.forget(code);
        setReturnRefused(true);
        return;
      }
      reconnect();
    }
  }, [refusal, code, reconnect]);

  const join = async (name: string | null): Promise<boolean> => {
    const outcome = await send({ type: 'join', name, device: deviceSecrets.get(code) });
    if (!outcome.ok) return false;
    if (outcome.join) {
      participantTokens.set(code, outcome.join.token);
      // The server normally rebinds this socket to the new participant; if it has not sent
      // our participant view, connect again with the token.
      const current = useRoomStore.getState().view;
      const rebound =
        current?.role === 'participant' && current.me.id === outcome.join.participantId;
      if (!rebound) reconnect();
    }
    return true;
  };

  const leave = async () => {
    const outcome = await send({ type: 'leave' });
    if (outcome.ok || outcome.error.code === 'participant_left') {
      participantTokens.forget(code);
      setLeft(true);
    }
  };

  const live = view !== null && view.room.code === code ? view : null;
  // The name given on a join link's form before the room was here goes in as soon as the room
  // has connected this phone as a guest; refused, the form comes back with the name in it.
  const [pendingName, setPendingName] = useState(() => peekPendingJoin(code));
  const pendingSent = useRef(false);
  const [nameToShow, setNameToShow] = useState('');
  const guestHere = live?.role === 'guest';
  const participantHere = live?.role === 'participant';
  useEffect(() => {
    if (!guestHere || pendingName === undefined || pendingSent.current) return;
    pendingSent.current = true;
    takePendingJoin(code);
    void join(pendingName.name).then((joined) => {
      if (joined) return;
      setNameToShow(pendingName.name ?? '');
      setPendingName(undefined);
    });
    // `join` is a new function each render; it is called once, when the guest view comes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [guestHere, pendingName]);
  useEffect(() => {
    if (participantHere) setPendingName(undefined);
  }, [participantHere]);
  useEffect(() => {
    if (live?.role === 'participant') lastParticipantView.set(code, live);
  }, [live, code]);
  // Until the server answers (or while it cannot be reached at all), the phone shows what it
  // last saw here; the connection indicator says it is offline.
  const remembered = useMemo(
    () =>
      live === null && refusal === null && !left && !removed ? lastParticipantView.get(code) : null,
    [live, refusal, left, removed, code],
  );
  const shown = live ?? remembered;

  if (returnRefused) {
    return (
      // No connection badge here: the link was refused, the network is fine.
      <Page>
        <section>
          <h1 data-testid="return-refused">{t('phone.return.refusedTitle')}</h1>
          <p className="lead">{t('phone.return.refused')}</p>
          <button
            type="button"
            className="button button--primary button--large"
            data-testid="return-join-new"
            onClick={() => {
              setReturnRefused(false);
              setGeneration((n) => n + 1);
            }}
          >
            {t('phone.return.joinNew')}
          </button>
        </section>
      </Page>
    );
  }

  if (removed) {
    return (
      <RemovedScreen
        onJoinAsNew={() => {
          // That token will never get in again: this phone comes back as someone new.
          participantTokens.forget(code);
          setRemoved(false);
          setGeneration((n) => n + 1);
        }}
      />
    );
  }

  if (left) {
    return (
      <LeftScreen
        onRejoin={() => {
          setLeft(false);
          setGeneration((n) => n + 1);
        }}
      />
    );
  }

  const fatal = refusal !== null && !STALE_TOKEN.has(refusal) ? refusal : null;
  return (
    <Page aside={<ConnectionIndicator />}>
      <ErrorNotice />
      {shown?.role === 'guest' && pendingName === undefined ? (
        <JoinForm
          key={nameToShow}
          room={joinRoomOf(shown.room)}
          onJoin={join}
          initialName={nameToShow}
        />
      ) : shown?.role === 'participant' ? (
        <SendContext.Provider value={send}>
          <ParticipantView view={shown} onLeave={leave} />
        </SendContext.Provider>
      ) : fatal !== null ? (
        <section>
          <h1 data-testid="connect-refused" data-reason={fatal}>
            {t(refusalKey(fatal))}
          </h1>
        </section>
      ) : (
        <section>
          <h1 className="quiet-heading" aria-busy="true">
            {t('participant.connecting')}
          </h1>
        </section>
      )}
      {status === 'offline' && (refusal === null || fatal !== null) ? (
        <button
          type="button"
          className="button button--secondary"
          data-testid="reconnect"
          onClick={reconnect}
        >
          {t('common.retry')}
        </button>
      ) : null}
    </Page>
  );
}
