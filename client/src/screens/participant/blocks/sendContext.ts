import { createContext } from 'react';
import type { SendCommand } from '../../../hooks/useRoomConnection';

const notConnected: SendCommand = () =>
  Promise.resolve({ ok: false, error: { code: 'closed', message: 'not connected' } });

/**
 * How a block on the phone sends its answer: the room connection's command queue (ids, retry on
 * reconnect, pending count). Provided by ParticipantRoom; without it nothing is sent.
 */
export const SendContext = createContext<SendCommand>(notConnected);
