import type { Language, MessageVars } from './types';

/**
 * Fills in a catalog message. Besides plain `{name}` placeholders it knows one ICU form, the
 * plural: `{count, plural, =0 {Nog niemand} one {# deelnemer} other {# deelnemers}}`. The
 * branch is chosen by an exact `=n` first, then by the language's own plural rules
 * (`Intl.PluralRules`), then `other`; `#` in it stands for the number. An unknown placeholder
 * stays visible, so a mistake shows on screen instead of vanishing.
 */
export function formatMessage(
  template: string,
  language: Language,
  vars: MessageVars = {},
): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open === -1) break;
    const close = matchingBrace(template, open);
    if (close === -1) break;
    out += template.slice(i, open);
    out += fill(template.slice(open + 1, close), template.slice(open, close + 1), language, vars);
    i = close + 1;
  }
  return out + template.slice(i);
}

const PLURAL = /^\s*(\w+)\s*,\s*plural\s*,/;

function fill(inner: string, whole: string, language: Language, vars: MessageVars): string {
  const plural = PLURAL.exec(inner);
  if (!plural) {
    const value = vars[inner.trim()];
    return value === undefined || !/^\w+$/.test(inner) ? whole : String(value);
  }
  const name = plural[1]!;
  const value = vars[name];
  if (typeof value !== 'number') return whole;
  const branches = pluralBranches(inner.slice(plural[0].length));
  const chosen =
    branches.get(`=${value}`) ??
    branches.get(pluralRules(language).select(value)) ??
    branches.get('other');
  if (chosen === undefined) return whole;
  return formatMessage(chosen.replaceAll('#', String(value)), language, vars);
}

/** The branches of a plural: selector (`=0`, `one`, `other`, …) → its text. */
export function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  const selector = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
  let at = 0;
  for (;;) {
    selector.lastIndex = at;
    const match = selector.exec(body);
    if (!match) break;
    const open = at + match[0].length - 1;
    const close = matchingBrace(body, open);
    if (close === -1) break;
    branches.set(match[1]!, body.slice(open + 1, close));
    at = close + 1;
  }
  return branches;
}

/** Every placeholder a message uses, plural selectors included, for checks across catalogs. */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(/\{\s*(\w+)\s*(?:,\s*plural\s*,|\})/g))
    names.add(match[1]!);
  return [...names].sort();
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

const rules = new Map<Language, Intl.PluralRules>();
function pluralRules(language: Language): Intl.PluralRules {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return rule;
}
