import type { BlockKind, IdealType, Perspective } from '@samenspel/shared';

/** Dutch names for what the exports and the report show; the same words as the console. */

export const KIND_LABEL: Record<BlockKind, string> = {
  info: 'Informatie',
  casus: 'Casus',
  poll: 'Stemming',
  scale: 'Schaalvraag',
  statements: 'Stellingenlijst',
  reflection: 'Reflectie',
  roles: 'Rollenspel',
  groups: 'Groepswerk',
  break: 'Pauze',
  intentions: 'Voornemens',
  practice: 'Praktijkcasus',
  visit: 'Keukenbezoek',
};

export const TYPE_LABEL: Record<IdealType, string> = {
  bureaucraat: 'Bureaucraat',
  ondernemer: 'Ondernemer',
  verbinder: 'Verbinder',
};

export const PERSPECTIVE_LABEL: Record<Perspective, string> = {
  ...TYPE_LABEL,
  bestuurder: 'Bestuurder',
  ambtenaar: 'Ambtenaar',
};

/** The colours of the app's stylesheet: one per ideal type and per side of the table. */
export const PERSPECTIVE_COLOUR: Record<Perspective, string> = {
  bureaucraat: '#2f5d8a',
  ondernemer: '#a04a0b',
  verbinder: '#2e6b45',
  bestuurder: '#6b3f80',
  ambtenaar: '#1d6470',
};
