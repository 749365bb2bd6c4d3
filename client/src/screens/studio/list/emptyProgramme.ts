import type { ScenarioInput } from '@samenspel/shared';
import type { Language } from '../../../i18n/types';
import type { Translate } from '../../../i18n/useT';

/**
 * The smallest programme the checker accepts: one information block whose minutes add up to the
 * total, in the trainer's language. It starts clean, so the first problem the trainer sees is one
 * they made.
 */
export function emptyProgramme(t: Translate, language: Language): ScenarioInput {
  return {
    id: 'nieuw-programma',
    title: t('studio.list.new.title'),
    language,
    minutes: 5,
    blocks: [
      {
        id: 'welkom',
        kind: 'info',
        title: t('studio.list.new.blockTitle'),
        minutes: 5,
        screen: t('studio.list.new.screen'),
      },
    ],
  };
}
