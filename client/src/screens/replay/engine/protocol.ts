import type { ReplayViews } from './types';

/** Messages to the replay worker. */
export type ToWorker =
  /** The log as the server sent it (`{roomId, events}`), and the seq to show first. */
  { type: 'load'; text: string; seq: number } | { type: 'views'; seq: number };

/** Messages from the replay worker. */
export type FromWorker =
  | { type: 'loaded'; ok: true; count: number }
  | { type: 'loaded'; ok: false; message: string }
  | { type: 'views'; views: ReplayViews }
  | { type: 'indexed'; ms: number }
  | { type: 'failed'; message: string };
