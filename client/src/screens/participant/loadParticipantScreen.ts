import type { ComponentType } from 'react';
import { registerServiceWorker } from '../../net/registerServiceWorker';

let loading: Promise<{ default: ComponentType }> | undefined;

/**
 * The phone's room (the socket, the blocks, the views) is a download of its own, so the front
 * door's code field and a join link's name form show after the smallest first download. It
 * starts as soon as a phone is on its way in (a first touch of the code field or the name form,
 * a join link of a room this phone is already in) and is shared by every caller.
 * A failed download is forgotten, so the next attempt fetches again. Once it is here, the
 * offline worker is installed to keep it.
 */
export function loadParticipantScreen(): Promise<{ default: ComponentType }> {
  loading ??= import('./ParticipantRoomRoute').then(
    (module) => {
      registerServiceWorker();
      return { default: module.ParticipantRoomRoute };
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
