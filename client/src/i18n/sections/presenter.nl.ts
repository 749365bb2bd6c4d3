/** Dutch strings of the presenter screens (live activities). The English file must have the same keys. */
export const presenterNl = {} as const satisfies Record<string, string>;
