import { z } from 'zod/mini';

/** The three ideal types of civil servant that the workshop teaches. */
export const IDEAL_TYPES = ['bureaucraat', 'ondernemer', 'verbinder'] as const;
export const IdealTypeSchema = z.enum(IDEAL_TYPES);
export type IdealType = z.infer<typeof IdealTypeSchema>;

/** A case can be seen from an ideal type or from one side of the bestuurder–ambtenaar table. */
export const PERSPECTIVES = [...IDEAL_TYPES, 'bestuurder', 'ambtenaar'] as const;
export const PerspectiveSchema = z.enum(PERSPECTIVES);
export type Perspective = z.infer<typeof PerspectiveSchema>;
