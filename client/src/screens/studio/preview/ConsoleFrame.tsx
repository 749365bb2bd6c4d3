import { memo } from 'react';
import type { FacilitatorView } from '@samenspel/shared';
import { ReplayConsole } from '../../replay/ReplayConsole';

/** The console as the trainer will see it at this block, read-only as in the replay. */
export const ConsoleFrame = memo(function ConsoleFrame({ view }: { view: FacilitatorView }) {
  return (
    <div className="studio-preview__console" data-testid="preview-console">
      <ReplayConsole view={view} />
    </div>
  );
});
