import type { ParticipantView } from '@samenspel/shared';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { summaryFile } from './summaryFile';
import { saveFile } from '../../lib/saveFile';

/** Saves the participant's own summary as a file on their phone. */
export function DownloadSummary({ view }: { view: ParticipantView }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const download = () => {
    const html = summaryFile(
      view.room,
      view.summary,
      {
        title: t('phone.summary.fileTitle'),
        madeOn: t('phone.summary.fileMadeOn', { date: new Date().toLocaleDateString(language) }),
        profile: t('phone.summary.fileProfile'),
        reflections: t('phone.summary.reflections'),
        intentions: t('phone.summary.intentions'),
        visit: {
          heading: t('phone.summary.visits'),
          with: (names) => t('phone.visit.with', { names }),
          withNobody: t('phone.visit.withNobody'),
          anonymous: t('phone.groups.anonymous'),
          at: t('phone.visit.at'),
          when: t('phone.visit.on'),
          question: t('phone.visit.asked'),
        },
        types: {
          bureaucraat: t('type.bureaucraat'),
          ondernemer: t('type.ondernemer'),
          verbinder: t('type.verbinder'),
        },
      },
      language,
    );
    saveFile(
      new Blob([html], { type: 'text/html;charset=utf-8' }),
      `samenspel-${view.room.code}-samenvatting.html`,
    );
  };
  return (
    <button type="button" className="button" data-testid="summary-download" onClick={download}>
      {t('phone.summary.download')}
    </button>
  );
}
