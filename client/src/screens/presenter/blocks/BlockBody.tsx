import type { BlockView, PresenterView } from '@samenspel/shared';
import { BreakBlock } from './BreakBlock';
import { CasusBlock } from './CasusBlock';
import { GroupsBlock } from './GroupsBlock';
import { InfoBlock } from './InfoBlock';
import { IntentionsBlock } from './IntentionsBlock';
import { PollBlock } from './PollBlock';
import { PracticeBlock } from './PracticeBlock';
import { ReflectionBlock } from './ReflectionBlock';
import { RolesBlock } from './RolesBlock';
import { ScaleBlock } from './ScaleBlock';
import { StatementsBlock } from './StatementsBlock';
import { QUIET_LIVE } from './types';
import { VisitBlock } from './VisitBlock';

/** The body of the stage for the block on screen, by its kind. */
export function BlockBody({ view, block }: { view: PresenterView; block: BlockView }) {
  const live = view.live ?? QUIET_LIVE;
  const headcount = view.headcount;
  const content = block.content;
  switch (content.kind) {
    case 'info':
      return <InfoBlock block={block} />;
    case 'break':
      return <BreakBlock block={block} timer={view.timer} />;
    case 'casus':
      return <CasusBlock block={block} content={content} live={live} headcount={headcount} />;
    case 'poll':
      return <PollBlock block={block} content={content} live={live} headcount={headcount} />;
    case 'scale':
      return <ScaleBlock block={block} content={content} live={live} headcount={headcount} />;
    case 'statements':
      return <StatementsBlock block={block} content={content} live={live} headcount={headcount} />;
    case 'reflection':
      return <ReflectionBlock block={block} content={content} live={live} headcount={headcount} />;
    case 'roles':
      return <RolesBlock block={block} content={content} live={live} headcount={headcount} />;
    case 'groups':
      return <GroupsBlock block={block} content={content} live={live} headcount={headcount} />;
    case 'intentions':
      return <IntentionsBlock block={block} content={content} live={live} headcount={headcount} />;
    case 'practice':
      return <PracticeBlock block={block} content={content} live={live} headcount={headcount} />;
    case 'visit':
      return <VisitBlock block={block} content={content} live={live} headcount={headcount} />;
  }
}
