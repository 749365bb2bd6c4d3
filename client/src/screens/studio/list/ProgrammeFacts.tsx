import type { ProgrammeSummary } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';

interface ProgrammeFactsProps {
  programme: ProgrammeSummary;
  /** For an own programme: when it was last saved, and as which version. */
  dateFormat?: Intl.DateTimeFormat;
}

/** A programme's length and size, and for an own one its last change and version. */
export function ProgrammeFacts({ programme, dateFormat }: ProgrammeFactsProps) {
  const t = useT();
  const { latest } = programme;
  return (
    <dl className="studio-list-row__facts">
      {dateFormat ? (
        <>
          <div>
            <dt>{t('studio.list.fact.changed')}</dt>
            <dd data-testid="programme-changed">
              <time dateTime={new Date(latest.savedAt).toISOString()}>
                {dateFormat.format(latest.savedAt)}
              </time>
            </dd>
          </div>
          <div>
            <dt>{t('studio.list.fact.version')}</dt>
            <dd data-testid="programme-version">{latest.version}</dd>
          </div>
        </>
      ) : null}
      <div>
        <dt>{t('studio.list.fact.minutes')}</dt>
        <dd data-testid="programme-minutes">
          {t('studio.list.fact.minutesValue', { minutes: programme.minutes })}
        </dd>
      </div>
      <div>
        <dt>{t('studio.list.fact.blocks')}</dt>
        <dd data-testid="programme-blocks">{programme.blockCount}</dd>
      </div>
    </dl>
  );
}
