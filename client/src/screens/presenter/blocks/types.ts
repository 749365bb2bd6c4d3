import type { BlockContent, BlockView, Headcount, PresenterLive } from '@samenspel/shared';

export type ContentOf<K extends BlockContent['kind']> = Extract<BlockContent, { kind: K }>;

/** What every block screen gets: the block, its own content narrowed to its kind, and the room. */
export interface BlockProps<K extends BlockContent['kind']> {
  block: BlockView;
  content: ContentOf<K>;
  live: PresenterLive;
  headcount: Headcount;
}

/** The projection always sends `live` with a block; this stands in should it ever not. */
export const QUIET_LIVE: PresenterLive = {
  answered: 0,
  progress: { complete: 0, started: 0 },
  locked: false,
  revealed: false,
  results: null,
  rounds: [],
  highlighted: [],
  roleCounts: null,
  groupCount: null,
  cases: null,
};
