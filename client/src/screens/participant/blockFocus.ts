import { createContext } from 'react';

/**
 * Whether a new block takes the focus when it appears. On the phone it does (the facilitator
 * moved on; a screen reader hears the new title). In the studio's preview it must not: the
 * trainer is typing in the editor beside it.
 */
export const FocusNewBlock = createContext(true);
