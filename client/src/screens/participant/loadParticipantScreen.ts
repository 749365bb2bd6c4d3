import type { ComponentType } from 'react';
import { registerServiceWorker } from '../../net/registerServiceWorker';

let loading: Promise<{ default: ComponentType }> | undefined;

/**
 * The phone's room (the socket, the blocks, the views) is a download of its own, so the front
 * door's code field shows after the smallest first download. It starts as soon as a phone is on
 * its way in (a /j/ address, or a first touch of the code field) and is shared by every caller.
 * A failed download is forgotten, so the next attempt fetches again. Once it is here, the
 * offline worker is installed to keep it.
 */
export function loadParticipantScreen(): Promise<{ default: ComponentType }> {
  loading ??= import('./ParticipantScreen').then(
    (module) => {
      registerServiceWorker();
      return { default: module.ParticipantScreen };
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
