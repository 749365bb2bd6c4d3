/** A variant of a tagged union: an object schema whose tag field is one literal. */
interface TaggedVariant<K extends string> {
  shape: { [P in K]: { def: { values: readonly unknown[] } } };
}

/**
 * The tags of a tagged union's variants, in the union's order. zod/mini keeps a union's options
 * and a literal's value on their definitions rather than as properties, so they are read here once.
 */
// Marked free of side effects so a bundle that never reads the tags leaves the union out too.
/* @__NO_SIDE_EFFECTS__ */
export function variantTags<K extends string, V extends TaggedVariant<K>>(
  variants: readonly V[],
  key: K,
): V['shape'][K]['def']['values'][number][] {
  return variants.flatMap((variant) => variant.shape[key].def.values);
}
