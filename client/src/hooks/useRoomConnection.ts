import { useCallback, useEffect, useRef } from 'react';
import type { Handshake } from '@samenspel/shared';
import { openRoomConnection, type RoomConnection } from '../net/connection';
import type { CommandDraft, CommandOutcome } from '../net/commandQueue';
import { useRoomStore } from '../state/roomStore';
import { useLatest } from './useLatest';

export type SendCommand = (draft: CommandDraft) => Promise<CommandOutcome>;

/** Who this tab is in a room: `key` names the connection, `auth` is asked on every connect. */
export interface RoomIdentity {
  key: string;
  auth: () => Handshake;
}

export interface RoomConnectionHandle {
  send: SendCommand;
  /** Connect again on the same connection, asking `auth` anew. */
  reconnect: () => void;
}

/** An identity whose handshake never changes (facilitator, presenter). */
export function fixedIdentity(auth: Handshake | null): RoomIdentity | null {
  return auth === null ? null : { key: JSON.stringify(auth), auth: () => auth };
}

/**
 * Keeps one socket open for the given identity (null: none) and feeds the room store.
 * A new identity key means a new connection. Refusals in acks are reported to the store.
 */
export function useRoomConnection(identity: RoomIdentity | null): RoomConnectionHandle {
  const connection = useRef<RoomConnection | null>(null);
  const auth = useLatest(identity?.auth);
  const key = identity?.key ?? null;

  useEffect(() => {
    if (key === null) return;
    const store = useRoomStore.getState();
    store.reset();
    const reportUnreadable = () =>
      store.reportError({
        code: 'unsupported_version',
        message: 'a message from the server did not match this version of the app',
      });
    const opened = openRoomConnection(
      () => {
        const current = auth.current;
        if (!current) throw new Error('connection without identity');
        return current();
      },
      {
        status: (status) => store.setStatus(status),
        message: (message, receivedAt) => {
          if (message.type === 'programme') {
            store.receiveProgramme(message.scenario);
          } else if (message.type === 'console') {
            // A missed update (never expected): connect again, which brings a whole view.
            if (!store.receiveConsole(message)) connection.current?.reconnect();
          } else if (message.type === 'view') {
            if (!store.receiveView(message.seq, message.serverNow, message.view, receivedAt)) {
              reportUnreadable();
            }
          } else if (message.error.code === 'unauthorized') {
            // The server shuts this connection out (its link was renewed, its login ended) and
            // closes it: the screen says so, as it would had the handshake been refused.
            store.setRefusal('unauthorized');
          } else {
            store.reportError(message.error);
          }
        },
        clock: (estimate) => store.setClock(estimate),
        pending: (pending) => store.setPending(pending),
        refused: (reason) => store.setRefusal(reason),
        unreadable: reportUnreadable,
      },
    );
    connection.current = opened;
    return () => {
      opened.close();
      if (connection.current === opened) connection.current = null;
    };
  }, [key, auth]);

  const send = useCallback<SendCommand>(async (draft) => {
    const current = connection.current;
    if (!current) return { ok: false, error: { code: 'closed', message: 'not connected' } };
    const outcome = await current.send(draft);
    if (!outcome.ok && outcome.error.code !== 'closed') {
      useRoomStore.getState().reportError(outcome.error);
    }
    return outcome;
  }, []);

  const reconnect = useCallback(() => {
    useRoomStore.getState().setRefusal(null);
    connection.current?.reconnect();
  }, []);

  return { send, reconnect };
}
