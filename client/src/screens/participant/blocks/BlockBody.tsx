import type { BlockView, ParticipantView, Timer } from '@samenspel/shared';
import { BlockText } from './BlockText';
import { BreakBlock } from './BreakBlock';
import { CasusBlock } from './CasusBlock';
import { GroupsBlock } from './GroupsBlock';
import { IntentionsBlock } from './IntentionsBlock';
import { PollBlock } from './PollBlock';
import { PracticeBlock } from './practice/PracticeBlock';
import { ReflectionBlock } from './ReflectionBlock';
import { RolesBlock } from './RolesBlock';
import { ScaleBlock } from './ScaleBlock';
import { StatementsBlock } from './StatementsBlock';
import type { AnswerTarget } from './storage';
import type { Mine } from './types';
import { VisitBlock } from './visit/VisitBlock';
import './blocks.css';

interface BlockBodyProps {
  block: BlockView;
  timer: Timer | null;
  mine: Mine;
  profile: ParticipantView['profile'];
  target: AnswerTarget;
}

/** What the phone shows and asks below a block's heading, chosen by the block's kind. */
export function BlockBody({ block, timer, mine, profile, target }: BlockBodyProps) {
  const { content, text } = block;
  switch (content.kind) {
    case 'info':
      return <BlockText text={text} lookAtScreen />;
    case 'casus':
      return <CasusBlock content={content} text={text} />;
    case 'break':
      return <BreakBlock timer={timer} text={text} />;
    case 'poll':
      return (
        <>
          <BlockText text={text} />
          <PollBlock content={content} mine={mine} target={target} />
        </>
      );
    case 'scale':
      return (
        <>
          <BlockText text={text} />
          <ScaleBlock content={content} mine={mine} target={target} />
        </>
      );
    case 'statements':
      return (
        <>
          <BlockText text={text} />
          <StatementsBlock content={content} mine={mine} target={target} profile={profile} />
        </>
      );
    case 'reflection':
      return (
        <>
          <BlockText text={text} />
          <ReflectionBlock content={content} mine={mine} target={target} />
        </>
      );
    case 'intentions':
      return (
        <>
          <BlockText text={text} />
          <IntentionsBlock content={content} mine={mine} target={target} />
        </>
      );
    case 'roles':
      return (
        <>
          <BlockText text={text} />
          <RolesBlock content={content} mine={mine} />
        </>
      );
    case 'groups':
      return (
        <>
          <BlockText text={text} />
          <GroupsBlock content={content} mine={mine} />
        </>
      );
    case 'practice':
      return (
        <>
          <BlockText text={text} />
          <PracticeBlock content={content} mine={mine} target={target} />
        </>
      );
    case 'visit':
      return (
        <>
          <BlockText text={text} />
          <VisitBlock content={content} mine={mine} target={target} />
        </>
      );
  }
}
