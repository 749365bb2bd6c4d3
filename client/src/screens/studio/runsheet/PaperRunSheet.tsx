import type { ScenarioInput } from '@samenspel/shared';
import { Markdown } from '../../../components/Markdown';
import { translate } from '../../../i18n/catalogs';
import type { Language, MessageKey, MessageVars } from '../../../i18n/types';
import { formatClock, type RunSheetRow, type RunSheetTotals } from './runSheet';
import { materialsOf, type SheetBlock } from './sheetBlocks';

interface PaperRunSheetProps {
  draft: ScenarioInput;
  rows: readonly RunSheetRow[];
  blocks: readonly SheetBlock[];
  totals: RunSheetTotals;
  /** The language of the sheet's own words, chosen for this print (not the interface's). */
  language: Language;
  /** The session's date as YYYY-MM-DD, or empty for a line to write it on. */
  date: string;
}

/** "2026-12-02" as the language writes a date in full; empty when it is no date. */
export function formatSessionDate(date: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return '';
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(day.getTime())) return '';
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(day);
}

/**
 * The trainer's paper copy: the title and date, then every block with its clock times and the
 * full facilitator notes, and the materials the programme says it needs. Its words come in the
 * language chosen for the print; the programme's own texts stay in the programme's language.
 */
export function PaperRunSheet({ draft, rows, blocks, totals, language, date }: PaperRunSheetProps) {
  const t = (key: MessageKey, vars?: MessageVars) => translate(language, key, vars);
  const content = draft.language ?? 'nl';
  const start = rows[0]?.startMinute ?? 0;
  const end = rows.at(-1)?.endMinute ?? start;
  const when = formatSessionDate(date, language);
  const materials = [
    ...materialsOf(draft.description),
    ...blocks.flatMap((block) => materialsOf(block.notes).map((text) => `${block.title}: ${text}`)),
  ];
  return (
    <article className="paper" lang={language} data-testid="runsheet-paper">
      <header className="paper__header">
        <p className="paper__kicker">{t('studio.planner.paper.kicker')}</p>
        <h1 className="paper__title" lang={content}>
          {draft.title}
        </h1>
        <p className="paper__date" data-testid="paper-date">
          {t('studio.planner.paper.dateLine', {
            date: when || t('studio.planner.paper.noDate'),
            start: formatClock(start),
            end: formatClock(end),
          })}
        </p>
        <p className="paper__totals">
          {t('studio.planner.runsheet.total', { total: totals.total, target: totals.target })}
          {' · '}
          {t('studio.planner.paper.blocks', { count: blocks.length })}
        </p>
        {draft.audience ? (
          <p className="paper__audience">
            {t('studio.planner.paper.audience')} <span lang={content}>{draft.audience}</span>
          </p>
        ) : null}
      </header>

      {materials.length > 0 ? (
        <section className="paper__materials">
          <h2>{t('studio.planner.paper.materials')}</h2>
          <ul lang={content}>
            {materials.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <table className="paper__table">
        <thead>
          <tr>
            <th scope="col" className="paper__time">
              {t('studio.planner.runsheet.col.time')}
            </th>
            <th scope="col">{t('studio.planner.runsheet.col.block')}</th>
            <th scope="col">{t('studio.planner.paper.col.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const block = blocks[index]!;
            return (
              <tr key={row.id} data-testid="paper-row">
                <td className="paper__time">
                  <strong>{formatClock(row.startMinute)}</strong>
                  <span className="paper__until">–{formatClock(row.endMinute)}</span>
                </td>
                <td className="paper__block">
                  <strong lang={content}>{row.title}</strong>
                  <span className="paper__meta">
                    {t(`kind.${block.kind}`)} ·{' '}
                    {t('studio.planner.runsheet.minutes', { minutes: row.minutes })}
                  </span>
                </td>
                <td className="paper__notes">
                  {block.notes ? (
                    <Markdown text={block.notes} headingLevel={3} lang={content} />
                  ) : (
                    <span className="paper__none">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </article>
  );
}
