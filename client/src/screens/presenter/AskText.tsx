import type { ReactNode } from 'react';
import type { BlockView } from '@samenspel/shared';
import { FitBox } from './FitBox';
import { ScreenText } from './ScreenText';

interface AskTextProps {
  block: BlockView;
  /** The question or prompt the phones answer. */
  prompt: string;
  /** Beside the prompt, such as "Anoniem". */
  aside?: ReactNode;
}

/**
 * An open question while the room is writing: the prompt as large as it fits, with the slide's
 * own words beneath it (minus its title and any restating of the prompt).
 */
export function AskText({ block, prompt, aside }: AskTextProps) {
  return (
    <FitBox content={[prompt, block.text]} className="stage-ask">
      <h2 className="stage-question__text" data-testid="presenter-prompt">
        {prompt}
      </h2>
      {aside}
      {block.text ? (
        <ScreenText
          text={block.text}
          title={block.title}
          headings="all"
          question={prompt}
          className="stage-text--note"
          testId="block-text"
        />
      ) : null}
    </FitBox>
  );
}
