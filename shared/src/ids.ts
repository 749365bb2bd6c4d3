/**
 * Identifiers that people read or type. Randomness is passed in, so these helpers stay pure
 * and the server decides where entropy comes from.
 */

/** No 0/O, 1/I/L: a join code is read off a projector and typed on a phone. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** Builds a join code from random bytes (one byte per character, rejection-free modulo is fine here). */
export function joinCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_LENGTH) {
    throw new Error(`joinCodeFromBytes needs ${JOIN_CODE_LENGTH} bytes`);
  }
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[bytes[i]! % JOIN_CODE_ALPHABET.length];
  }
  return code;
}

/**
 * Reads a code as a person typed it: case-insensitive, spaces and dashes ignored.
 * Returns null when it cannot be a join code at all.
 */
export function normalizeJoinCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return JOIN_CODE_PATTERN.test(code) ? code : null;
}

/** Formats a code for display in two groups of three: "K7W-4PX". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
