/** 64 symbols, so one random byte masked to 6 bits picks one without bias. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

export type RandomFill = (bytes: Uint8Array) => Uint8Array;

const cryptoFill: RandomFill = (bytes) => crypto.getRandomValues(bytes);

/** A client-made command id: 22 symbols of [A-Za-z0-9_-] (132 bits), so retries can be recognised. */
export function makeCommandId(length = 22, fill: RandomFill = cryptoFill): string {
  const bytes = fill(new Uint8Array(length));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}
