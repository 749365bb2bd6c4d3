import { useContext, useEffect, useRef } from 'react';
import {
  blockPosition,
  rulesOf,
  type BlockView,
  type ParticipantView,
  type RoomInfo,
  type Timer,
} from '@samenspel/shared';
import { Countdown } from '../../components/Countdown';
import { PerspectiveBadge } from '../../components/PerspectiveBadge';
import { useT } from '../../i18n/useT';
import { BlockBody } from './blocks/BlockBody';
import type { AnswerTarget } from './blocks/storage';
import type { Mine } from './blocks/types';
import { FocusNewBlock } from './blockFocus';

interface CurrentBlockProps {
  block: BlockView;
  blockCount: number;
  /** In a programme of several meetings: the one the room is in, counted within. */
  meeting?: RoomInfo['meeting'];
  timer: Timer | null;
  mine: ParticipantView['mine'];
  profile: ParticipantView['profile'];
  target: AnswerTarget;
}

/** Before anything is answered or dealt. */
const NOTHING_YET: Mine = {
  answer: null,
  locked: false,
  role: null,
  group: null,
  rolesDealt: false,
  groupsFormed: false,
  cases: null,
  intentions: null,
  visit: null,
};

/**
 * The block on the phone: where we are, what kind, through which lens, how long still, and
 * then what this kind of block shows or asks.
 */
export function CurrentBlock({
  block,
  blockCount,
  meeting,
  timer,
  mine,
  profile,
  target,
}: CurrentBlockProps) {
  // This component is keyed by block: mounting means the facilitator moved on, and the previous
  // block's controls (with the focus) are gone. Focus goes to the new title, so a screen reader
  // announces it and the phone shows the block from the top. What was typed is kept as a draft.
  const heading = useRef<HTMLHeadingElement>(null);
  const takesFocus = useContext(FocusNewBlock);
  useEffect(() => {
    if (takesFocus) heading.current?.focus();
  }, [takesFocus]);
  const t = useT();
  const kind = block.content.kind;
  return (
    <article className="block" data-testid="current-block" data-block-id={block.id}>
      <p className="block__meta">
        <span className="block__kind" data-testid="block-kind" data-kind={block.kind}>
          {t(`kind.${block.kind}`)}
        </span>
        <span data-testid="block-progress">
          {t('participant.blockOf', blockPosition(meeting, block.index, blockCount))}
        </span>
      </p>
      <h1 data-testid="block-title" ref={heading} tabIndex={-1}>
        {block.title}
      </h1>
      {/* A case shows its lens as a banner above the case itself. */}
      {block.perspective && kind !== 'casus' ? (
        <PerspectiveBadge perspective={block.perspective} />
      ) : null}
      {/* A break shows its own, larger countdown. */}
      {timer && rulesOf(kind).timerBeside ? <Countdown timer={timer} size="large" /> : null}
      <BlockBody
        block={block}
        timer={timer}
        mine={mine ?? NOTHING_YET}
        profile={profile}
        target={target}
      />
    </article>
  );
}
