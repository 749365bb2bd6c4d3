import { IDEAL_TYPES, type IdealType, type PerType } from '@samenspel/shared';

/** Corners of the triangle in a 100 × 92 box: Bureaucraat on top, Ondernemer left, Verbinder right. */
export const CORNERS: Record<IdealType, { x: number; y: number }> = {
  bureaucraat: { x: 50, y: 8 },
  ondernemer: { x: 8, y: 84 },
  verbinder: { x: 92, y: 84 },
};

/** Where a profile's shares put it in the triangle (barycentric coordinates). */
export function ternaryPoint(share: PerType): { x: number; y: number } {
  const total = IDEAL_TYPES.reduce((sum, type) => sum + share[type], 0) || 1;
  let x = 0;
  let y = 0;
  for (const type of IDEAL_TYPES) {
    x += (share[type] / total) * CORNERS[type].x;
    y += (share[type] / total) * CORNERS[type].y;
  }
  return { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 };
}

/** The type a share leans to most (ties go to the first in the model's order). */
export function nearestType(share: PerType): IdealType {
  return IDEAL_TYPES.reduce((best, type) => (share[type] > share[best] ? type : best));
}

export function percentages(share: PerType): Record<IdealType, number> {
  return {
    bureaucraat: Math.round(share.bureaucraat * 100),
    ondernemer: Math.round(share.ondernemer * 100),
    verbinder: Math.round(share.verbinder * 100),
  };
}
