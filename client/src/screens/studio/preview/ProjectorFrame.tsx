import { memo } from 'react';
import type { PresenterView } from '@samenspel/shared';
import { ReplayPresenter } from '../../replay/ReplayPresenter';
import '../../replay/replay.css';

/** The projector at 16:9: the presenter screen's own components, scaled as a picture (as in the replay). */
export const ProjectorFrame = memo(function ProjectorFrame({ view }: { view: PresenterView }) {
  return (
    <div className="studio-preview__projector" data-testid="preview-projector">
      <ReplayPresenter view={view} />
    </div>
  );
});
