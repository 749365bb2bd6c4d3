/** The first of `base`, `base-2`, `base-3`, … that is not in `taken`: new blocks and items get readable ids. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
