import type { BlockContent, ParticipantView } from '@samenspel/shared';
import type { AnswerTarget } from './storage';

/** The participant's own part of the block on screen. */
export type Mine = NonNullable<ParticipantView['mine']>;

export type ContentOf<K extends BlockContent['kind']> = Extract<BlockContent, { kind: K }>;

/** What every activity on the phone gets: what the block asks, what is theirs, where to send. */
export interface ActivityProps<K extends BlockContent['kind']> {
  content: ContentOf<K>;
  mine: Mine;
  target: AnswerTarget;
}
