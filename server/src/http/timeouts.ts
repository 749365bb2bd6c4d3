/**
 * How long a client may take to send a request. Without these a request trickled a byte at a time
 * holds its connection and its memory for ever (Fastify turns Node's own request timeout off).
 * Socket.IO is unaffected: a websocket leaves the HTTP server once upgraded, and a long poll is
 * a GET that is complete as soon as its headers are in (the timeouts count until the request is
 * received, not until it is answered).
 */
export interface HttpTimeouts {
  /** From the connection (or the end of the previous request) to the last header line. */
  headersMs: number;
  /** From the connection to the last byte of the body. An import of 64 MB needs ~21 Mbit/s. */
  requestMs: number;
  /** How often Node looks for requests past these; a request ends at most this much late. */
  checkEveryMs: number;
}

export const HTTP_TIMEOUTS: HttpTimeouts = {
  headersMs: 10_000,
  requestMs: 25_000,
  checkEveryMs: 1_000,
};
