import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { SORT_KEYS, type SortKey } from './sessionList';

interface LibraryControlsProps {
  query: string;
  onQuery: (query: string) => void;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
}

const isSortKey = (value: string): value is SortKey =>
  (SORT_KEYS as readonly string[]).includes(value);

/** Find a session by title, group or code, and choose the order of the list. */
export function LibraryControls({ query, onQuery, sort, onSort }: LibraryControlsProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="library-controls" role="search">
      <div className="library-controls__field library-controls__field--search">
        <label className="field__label" htmlFor={`${id}-search`}>
          {t('library.search')}
        </label>
        <input
          id={`${id}-search`}
          className="input"
          type="search"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          aria-describedby={`${id}-search-hint`}
          autoComplete="off"
          data-testid="library-search"
        />
        <p className="field__hint" id={`${id}-search-hint`}>
          {t('library.searchHint')}
        </p>
      </div>
      <div className="library-controls__field">
        <label className="field__label" htmlFor={`${id}-sort`}>
          {t('library.sort')}
        </label>
        <select
          id={`${id}-sort`}
          className="input"
          value={sort}
          onChange={(event) => {
            if (isSortKey(event.target.value)) onSort(event.target.value);
          }}
          data-testid="library-sort"
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`library.sort.${key}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
