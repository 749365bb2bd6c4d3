import type { BlockView } from '@samenspel/shared';
import { FitBox } from '../FitBox';
import { ScreenText } from '../ScreenText';

/** An information slide: the screen text, as large as it fits. */
export function InfoBlock({ block }: { block: BlockView }) {
  if (block.text === null) return null;
  return (
    <FitBox content={block.text} className="stage-info" testId="presenter-info" grow={1.25}>
      <ScreenText
        text={block.text}
        title={block.title}
        headings="sameAsTitle"
        className="stage-text--slide"
        testId="block-text"
      />
    </FitBox>
  );
}
