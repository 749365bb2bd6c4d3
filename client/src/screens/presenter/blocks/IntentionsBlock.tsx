import { AnsweredMeter } from '../AnsweredMeter';
import { AskText } from '../AskText';
import type { BlockProps } from './types';

/** The closing intentions: the prompt and how many have written one. What they wrote stays theirs. */
export function IntentionsBlock({ block, content, live, headcount }: BlockProps<'intentions'>) {
  return (
    <div className="stage-question">
      <AskText block={block} prompt={content.prompt} />
      <AnsweredMeter
        kind="intentions"
        progress={live.progress}
        members={headcount.members}
        locked={live.locked}
      />
    </div>
  );
}
