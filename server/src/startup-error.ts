/** Start-up cannot go on, for a reason the operator can fix; main prints only the message. */
export class StartupError extends Error {
  override name = 'StartupError';
}
