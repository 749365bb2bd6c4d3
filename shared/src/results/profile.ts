import { IDEAL_TYPES, type IdealType } from '../scenario/perspectives.js';
import type { Block } from '../scenario/schema.js';

type StatementsBlock = Extract<Block, { kind: 'statements' }>;

/** One number per ideal type. */
export type PerType = Record<IdealType, number>;

/** A participant's profile across the three ideal types, from their answers to a stellingenlijst. */
export interface Profile {
  /** The stellingenlijst it comes from (a programme may measure before and after). */
  blockId: string;
  /** How strongly each type is endorsed, 0 (fully disagree throughout) to 1 (fully agree). */
  strength: PerType;
  /** The strengths as shares of the whole, adding up to 1: a point in the triangle. */
  share: PerType;
  answered: number;
  total: number;
}

/**
 * Scores a stellingenlijst. A reversed statement counts the other way round (agreeing with it
 * speaks against its type). Each type's strength is the mean of its answered statements on a
 * 0–1 scale; the shares put the three side by side. With nothing answered, null.
 */
export function profileOf(
  block: { id: string; items: StatementsBlock['items']; points: number },
  values: Readonly<Record<string, number>>,
): Profile | null {
  const sums: PerType = { bureaucraat: 0, ondernemer: 0, verbinder: 0 };
  const counts: PerType = { bureaucraat: 0, ondernemer: 0, verbinder: 0 };
  let answered = 0;
  for (const item of block.items) {
    const value = values[item.id];
    if (value === undefined || value < 1 || value > block.points) continue;
    const agreement = (value - 1) / (block.points - 1);
    sums[item.type] += item.reversed ? 1 - agreement : agreement;
    counts[item.type] += 1;
    answered++;
  }
  if (answered === 0) return null;
  const strength = mapTypes((type) => (counts[type] > 0 ? sums[type] / counts[type] : 0));
  const total = IDEAL_TYPES.reduce((sum, type) => sum + strength[type], 0);
  // Someone who disagrees with everything has no preference: the middle of the triangle.
  const share = mapTypes((type) => (total > 0 ? strength[type] / total : 1 / 3));
  return {
    blockId: block.id,
    strength: round(strength),
    share: round(share),
    answered,
    total: block.items.length,
  };
}

function mapTypes(value: (type: IdealType) => number): PerType {
  return {
    bureaucraat: value('bureaucraat'),
    ondernemer: value('ondernemer'),
    verbinder: value('verbinder'),
  };
}

/** Four decimals are plenty for a chart and keep views and exports readable. */
function round(values: PerType): PerType {
  return mapTypes((type) => Math.round(values[type] * 10_000) / 10_000);
}

/** The type a profile leans to most, or null when two or more are level. */
export function strongestType(profile: Profile): IdealType | null {
  const sorted = [...IDEAL_TYPES].sort((a, b) => profile.share[b] - profile.share[a]);
  const [first, second] = sorted;
  return profile.share[first!] > profile.share[second!] + 0.005 ? first! : null;
}

/** The mean of several profiles' shares: where the group stands. */
export function meanShare(profiles: readonly Profile[]): PerType | null {
  if (profiles.length === 0) return null;
  return round(
    mapTypes((type) => profiles.reduce((sum, p) => sum + p.share[type], 0) / profiles.length),
  );
}
