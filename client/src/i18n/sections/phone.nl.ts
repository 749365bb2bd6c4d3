/** Dutch strings of the phone screens (live activities). The English file must have the same keys. */
export const phoneNl = {} as const satisfies Record<string, string>;
