import { memo } from 'react';
import type { PresenterView } from '@samenspel/shared';
import { PresenterEnded } from '../presenter/PresenterEnded';
import { PresenterLobby } from '../presenter/PresenterLobby';
import { PresenterRunning } from '../presenter/PresenterRunning';
import { ScaledStage } from './ScaledStage';
import '../presenter/presenter.css';

/**
 * The projector as it was: the presenter screen's own components, given the replayed view
 * instead of the live one. It has no controls, so nothing needs disabling.
 */
export const ReplayPresenter = memo(function ReplayPresenter({ view }: { view: PresenterView }) {
  let content;
  if (view.room.status === 'ended') {
    content = <PresenterEnded view={view} />;
  } else if (view.room.status === 'running' && view.block) {
    content = <PresenterRunning view={view} block={view.block} />;
  } else {
    content = <PresenterLobby view={view} />;
  }
  return (
    <ScaledStage>
      <div className="presenter presenter--projector" data-status={view.room.status}>
        {content}
      </div>
    </ScaledStage>
  );
});
