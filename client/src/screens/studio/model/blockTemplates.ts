import type { BlockInput, BlockKind } from '@samenspel/shared';

/**
 * A new block of each kind, filled with Dutch placeholder text that already passes the checker, so
 * adding a block never leaves the draft with a red problem the trainer did not cause. Inner ids are
 * derived from the block id, which keeps them unique within the block and readable in the file.
 */
export function newBlock(kind: BlockKind, id: string): BlockInput {
  switch (kind) {
    case 'info':
      return {
        id,
        kind,
        title: 'Nieuw informatieblok',
        minutes: 5,
        screen: 'Tekst voor het scherm.',
      };
    case 'casus':
      return {
        id,
        kind,
        title: 'Nieuwe casus',
        minutes: 15,
        case: 'Beschrijf hier de casus.',
        perspective: 'verbinder',
      };
    case 'poll':
      return {
        id,
        kind,
        title: 'Nieuwe stemming',
        minutes: 5,
        question: 'Wat vindt u?',
        options: [
          { id: `${id}-optie-1`, label: 'Eens' },
          { id: `${id}-optie-2`, label: 'Oneens' },
        ],
      };
    case 'scale':
      return {
        id,
        kind,
        title: 'Nieuwe schaalvraag',
        minutes: 5,
        statements: [{ id: `${id}-stelling-1`, text: 'Een stelling om op te reageren.' }],
      };
    case 'statements':
      return {
        id,
        kind,
        title: 'Nieuwe vragenlijst',
        minutes: 10,
        items: [
          { id: `${id}-vraag-1`, text: 'Regels geven houvast.', type: 'bureaucraat' },
          { id: `${id}-vraag-2`, text: 'Ik zoek kansen op.', type: 'ondernemer' },
          { id: `${id}-vraag-3`, text: 'Ik breng mensen samen.', type: 'verbinder' },
        ],
      };
    case 'reflection':
      return { id, kind, title: 'Nieuwe reflectie', minutes: 5, prompt: 'Wat neemt u mee?' };
    case 'roles':
      return {
        id,
        kind,
        title: 'Nieuw rollenspel',
        minutes: 20,
        cards: [
          {
            id: `${id}-rol-1`,
            name: 'Bestuurder',
            public: 'Wat iedereen van deze rol weet.',
            brief: 'Wat alleen de speler van deze rol weet.',
          },
          {
            id: `${id}-rol-2`,
            name: 'Ambtenaar',
            public: 'Wat iedereen van deze rol weet.',
            brief: 'Wat alleen de speler van deze rol weet.',
          },
        ],
      };
    case 'groups':
      return {
        id,
        kind,
        title: 'Nieuwe groepsopdracht',
        minutes: 15,
        size: 3,
        prompt: 'Bespreek in uw groep.',
      };
    case 'break':
      return { id, kind, title: 'Pauze', minutes: 10, autoStartTimer: true };
    case 'intentions':
      return {
        id,
        kind,
        title: 'Nieuwe voornemens',
        minutes: 5,
        prompt: 'Wat gaat u anders doen?',
      };
  }
}
