import { useMemo, useState } from 'react';
import type { ScenarioInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { PaperRunSheet } from './PaperRunSheet';
import { PrintDialog } from './PrintDialog';
import { RunSheetTable } from './RunSheetTable';
import { runSheetRows, runSheetTotals } from './runSheet';
import { sheetBlocks } from './sheetBlocks';
import { StartTimeField } from './StartTimeField';
import { TargetLine } from './TargetLine';
import { useStartTime } from './useStartTime';
import './runsheet.css';

export interface RunSheetProps {
  /** The draft as the editor holds it (it may not pass the checker). */
  draft: ScenarioInput;
  selectedBlockId: string | null;
  onSelectBlock: (blockId: string) => void;
}

/**
 * Every block's planned minutes and clock times from a start time the trainer picks, the total
 * against the target, and the printable run sheet. All computed from the draft, never typed.
 * (The schema knows no days, so a multi-day programme reads as one long sheet.)
 */
export function RunSheet({ draft, selectedBlockId, onSelectBlock }: RunSheetProps) {
  const t = useT();
  const [start, setStart] = useStartTime(draft.id);
  const [printing, setPrinting] = useState(false);
  const blocks = useMemo(() => sheetBlocks(draft), [draft]);
  const rows = useMemo(() => runSheetRows(blocks, start), [blocks, start]);
  const totals = useMemo(() => runSheetTotals(blocks, draft.minutes), [blocks, draft.minutes]);
  const endMinute = rows.at(-1)?.endMinute ?? rows[0]?.startMinute ?? 0;

  return (
    <section className="runsheet" aria-labelledby="runsheet-heading" data-testid="runsheet">
      <div className="runsheet__head">
        <h2 id="runsheet-heading">{t('studio.planner.runsheet.heading')}</h2>
        <button
          type="button"
          className="button button--secondary"
          data-testid="runsheet-print-open"
          disabled={blocks.length === 0}
          onClick={() => setPrinting(true)}
        >
          {t('studio.planner.runsheet.print')}
        </button>
      </div>
      <StartTimeField value={start} onChange={setStart} />
      <TargetLine totals={totals} endMinute={endMinute} />
      {blocks.length === 0 ? (
        <p data-testid="runsheet-empty">{t('studio.planner.runsheet.empty')}</p>
      ) : (
        <RunSheetTable
          rows={rows}
          blocks={blocks}
          selectedBlockId={selectedBlockId}
          onSelectBlock={onSelectBlock}
          contentLanguage={draft.language ?? 'nl'}
        />
      )}
      {printing ? (
        <PrintDialog onClose={() => setPrinting(false)}>
          {({ language, date }) => (
            <PaperRunSheet
              draft={draft}
              rows={rows}
              blocks={blocks}
              totals={totals}
              language={language}
              date={date}
            />
          )}
        </PrintDialog>
      ) : null}
    </section>
  );
}
