/** Bump when a change to commands or messages would break an older client. */
export const PROTOCOL_VERSION = 1;
