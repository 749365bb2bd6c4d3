import { useT } from '../../../i18n/useT';
import { hasChanges, type ProgrammeComparison } from './compareVersions';
import { blockFieldLabel, programmeFieldLabel } from './fieldLabels';

interface VersionDiffViewProps {
  from: number;
  to: number;
  comparison: ProgrammeComparison;
}

/** What changed from one version to another, in words: per block, and the programme's own fields. */
export function VersionDiffView({ from, to, comparison }: VersionDiffViewProps) {
  const t = useT();
  const title = (id: string) => comparison.titles.get(id) ?? id;
  const list = (ids: readonly string[]) => ids.map((id) => ({ id, text: title(id) }));
  const groups = [
    { kind: 'added', items: list(comparison.added) },
    { kind: 'removed', items: list(comparison.removed) },
    { kind: 'moved', items: list(comparison.moved) },
  ] as const;
  return (
    <div className="history__diff" data-testid="history-diff">
      <h4>{t('studio.planner.compare.result', { from, to })}</h4>
      {!hasChanges(comparison) ? (
        <p data-testid="history-diff-none">{t('studio.planner.compare.none')}</p>
      ) : null}
      {comparison.programme.length > 0 ? (
        <p data-testid="history-diff-programme">
          <strong>{t('studio.planner.compare.programme')}</strong>{' '}
          {comparison.programme.map((field) => programmeFieldLabel(t, field)).join(', ')}
        </p>
      ) : null}
      {groups.map((group) =>
        group.items.length > 0 ? (
          <div key={group.kind} data-testid={`history-diff-${group.kind}`}>
            <h5>{t(`studio.planner.compare.${group.kind}`, { count: group.items.length })}</h5>
            <ul>
              {group.items.map((item) => (
                <li key={item.id}>{item.text}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      {comparison.changed.length > 0 ? (
        <div data-testid="history-diff-changed">
          <h5>{t('studio.planner.compare.changed', { count: comparison.changed.length })}</h5>
          <ul>
            {comparison.changed.map((change) => (
              <li key={change.id} data-block-id={change.id}>
                <strong>{title(change.id)}:</strong>{' '}
                {change.fields.map((field) => blockFieldLabel(t, field)).join(', ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
