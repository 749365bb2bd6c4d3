/** Dutch strings of the console screens (live activities). The English file must have the same keys. */
export const consoleNl = {} as const satisfies Record<string, string>;
