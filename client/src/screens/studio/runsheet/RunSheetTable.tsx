import { useT } from '../../../i18n/useT';
import { formatClock, type RunSheetRow } from './runSheet';
import { excerpt, plainText, type SheetBlock } from './sheetBlocks';

interface RunSheetTableProps {
  rows: readonly RunSheetRow[];
  blocks: readonly SheetBlock[];
  selectedBlockId: string | null;
  onSelectBlock: (blockId: string) => void;
  /** The programme's language: the notes are read in it, whatever the interface speaks. */
  contentLanguage: string;
}

/**
 * The day as a table: clock time, block, planned minutes and the start of the notes. A whole row
 * can be clicked; the title is a button, so the keyboard reaches every block as well.
 */
export function RunSheetTable(props: RunSheetTableProps) {
  const t = useT();
  return (
    <table className="runsheet__table" data-testid="runsheet-table">
      <thead>
        <tr>
          <th scope="col">{t('studio.planner.runsheet.col.time')}</th>
          <th scope="col">{t('studio.planner.runsheet.col.block')}</th>
          <th scope="col" className="runsheet__minutes">
            {t('studio.planner.runsheet.col.minutes')}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, index) => {
          const block = props.blocks[index]!;
          const selected = row.id === props.selectedBlockId;
          const notes = plainText(block.notes);
          return (
            <tr
              key={row.id}
              className={selected ? 'runsheet__row runsheet__row--selected' : 'runsheet__row'}
              data-testid="runsheet-row"
              data-block-id={row.id}
              aria-current={selected ? 'true' : undefined}
              onClick={() => props.onSelectBlock(row.id)}
            >
              <td className="runsheet__time" data-testid="runsheet-time">
                {formatClock(row.startMinute)}
              </td>
              <td>
                <button
                  type="button"
                  className="runsheet__select"
                  aria-pressed={selected}
                  data-testid="runsheet-select"
                >
                  <span lang={props.contentLanguage}>{row.title}</span>
                </button>
                <span className="runsheet__kind">{t(`kind.${block.kind}`)}</span>
                <p className="runsheet__notes" lang={notes ? props.contentLanguage : undefined}>
                  {notes ? excerpt(notes) : t('studio.planner.runsheet.noNotes')}
                </p>
              </td>
              <td className="runsheet__minutes">
                {t('studio.planner.runsheet.minutes', { minutes: row.minutes })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
