import { useT } from '../../../i18n/useT';
import type { Notice } from './useListActions';

/** What the last action did, or why it did not: in the page's live region. */
export function NoticeLine({ notice }: { notice: Notice }) {
  const t = useT();
  if (notice === null) return null;
  const ok = notice.kind === 'deleted';
  return (
    <p
      className={ok ? 'notice notice--ok' : 'notice notice--error'}
      data-testid="studio-notice"
      data-kind={notice.kind}
    >
      {notice.kind === 'newFailed'
        ? t('studio.list.notice.newFailed')
        : t(`studio.list.notice.${notice.kind}`, { title: notice.title })}
    </p>
  );
}
