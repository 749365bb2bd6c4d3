import { useLayoutEffect, useRef, useState } from 'react';
import { FitBox } from '../FitBox';
import { ScreenText } from '../ScreenText';
import { useT } from '../../../i18n/useT';

/** How long each page of a long case stays up: time to read about 90 words from the back. */
export const CASE_PAGE_MS = 25_000;

/**
 * The case on its sheet of "paper". A short case grows to fill the sheet; a long one shrinks, but
 * never below the projector's body size (28 px at 1080p). A case too long even then is not cut
 * off or shrunk into a grey blur: it is laid out in pages of the sheet's size, which turn by
 * themselves, with "blad 1 van 3" above the sheet.
 */
export function CaseSheet({ text, title }: { text: string; title: string }) {
  const t = useT();
  // Whether this text needed pages; a new text (another block) is measured afresh.
  const [pagedText, setPagedText] = useState<string | null>(null);
  const paged = pagedText === text;
  const { ref, page, pages } = usePages(paged, text);
  return (
    <section
      className="stage-casus__case"
      aria-label={t('presenter.case')}
      data-testid="case-sheet"
      data-paged={paged}
    >
      <p className="stage-casus__label" aria-hidden="true">
        {t('presenter.case')}
        {pages > 1 ? (
          <span className="stage-casus__page" data-testid="case-page">
            {t('presenter.casePage', { n: page + 1, m: pages })}
          </span>
        ) : null}
      </p>
      <FitBox
        content={text}
        className={`stage-casus__sheet ${paged ? 'stage-casus__sheet--paged' : ''}`}
        testId="presenter-case"
        grow={paged ? 1 : 1.7}
        onFit={paged ? undefined : (overflows) => overflows && setPagedText(text)}
      >
        <div className="stage-casus__pages" ref={ref}>
          <ScreenText text={text} title={title} headings="keep" />
        </div>
      </FitBox>
    </section>
  );
}

/** Counts the pages of the paged text (columns of the sheet's width) and turns them in turn. */
function usePages(paged: boolean, text: string) {
  const ref = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(1);
  const [page, setPage] = useState(0);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!paged || !box) {
      setPages(1);
      return;
    }
    const gap = columnGap(box);
    const count = () =>
      Math.max(1, Math.round((box.scrollWidth + gap) / Math.max(1, box.clientWidth + gap)));
    setPages(count());
    setPage(0);
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => setPages(count()));
    observer?.observe(box);
    return () => observer?.disconnect();
  }, [paged, text]);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || pages <= 1) return;
    box.scrollLeft = (page % pages) * (box.clientWidth + columnGap(box));
    const turn = setTimeout(() => setPage((page + 1) % pages), CASE_PAGE_MS);
    return () => clearTimeout(turn);
  }, [page, pages]);
  return { ref, page: page % pages, pages };
}

/** The gap between the text's columns: a page is the box's width plus one gap. */
function columnGap(box: HTMLElement): number {
  const text = box.firstElementChild;
  return text ? Number.parseFloat(getComputedStyle(text).columnGap) || 0 : 0;
}
