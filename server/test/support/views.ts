import type {
  FacilitatorView,
  ParticipantView,
  PresenterView,
  View,
  WireView,
} from '@samenspel/shared';

/** Narrowing a received view to the screen it was meant for. */
export const isFacilitator = (view: View): view is FacilitatorView => view.role === 'facilitator';
export const isPresenter = (view: View | WireView): view is PresenterView =>
  view.role === 'presenter';
export const isParticipant = (view: View | WireView): view is ParticipantView =>
  view.role === 'participant';
