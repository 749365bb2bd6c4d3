/** A log that cannot be folded: out of order, or about something that does not exist. */
export class RoomLogError extends Error {
  override name = 'RoomLogError';
}
