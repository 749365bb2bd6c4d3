import { AnsweredMeter } from '../AnsweredMeter';
import { FitBox } from '../FitBox';
import { ScreenText } from '../ScreenText';
import type { BlockProps } from './types';

/** The closing intentions: the prompt and how many have written one. What they wrote stays theirs. */
export function IntentionsBlock({ block, content, live, headcount }: BlockProps<'intentions'>) {
  return (
    <div className="stage-question">
      <div className="stage-question__head">
        <h2 className="stage-question__text" data-testid="presenter-prompt">
          {content.prompt}
        </h2>
      </div>
      {block.text ? (
        <FitBox content={block.text} className="stage-note-box">
          <ScreenText
            text={block.text}
            title={block.title}
            headings="all"
            className="stage-text--note"
          />
        </FitBox>
      ) : (
        <div className="stage-spacer" />
      )}
      <AnsweredMeter
        kind="intentions"
        answered={live.answered}
        members={headcount.members}
        locked={live.locked}
      />
    </div>
  );
}
