import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useLanguage } from '../../../i18n/language';
import { LANGUAGES, type Language } from '../../../i18n/types';
import { useT } from '../../../i18n/useT';

interface PrintDialogProps {
  onClose: () => void;
  /** The paper itself, drawn for the language and date chosen here. */
  children: (choice: { language: Language; date: string }) => ReactNode;
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Tab and Shift+Tab go round the view's own controls: the editor behind it is covered. */
function keepFocusInside(
  container: HTMLElement,
  event: { shiftKey: boolean; preventDefault: () => void },
): void {
  const focusable = [...container.querySelectorAll<HTMLElement>('button, input, select')];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** While the print view is open, the page prints it and nothing else (see runsheet.css). */
const PRINTING_CLASS = 'runsheet-printing';

/**
 * The printable run sheet as a view of its own, over the editor: what will be on paper, with the
 * language and date to print it in. It lives at the end of <body>, so the print stylesheet can
 * leave out the whole app and print only this.
 */
export function PrintDialog({ onClose, children }: PrintDialogProps) {
  const t = useT();
  const uiLanguage = useLanguage((state) => state.language);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [date, setDate] = useState(today);
  const heading = useRef<HTMLHeadingElement>(null);
  const view = useRef<HTMLDivElement>(null);
  const ids = useId();

  useEffect(() => {
    const root = document.documentElement;
    const before = document.activeElement;
    // The editor behind is out of reach while the view is open: no focus, no screen reader.
    const covered = [...document.body.children].filter(
      (element) => element !== view.current && !element.hasAttribute('inert'),
    );
    covered.forEach((element) => element.setAttribute('inert', ''));
    root.classList.add(PRINTING_CLASS);
    heading.current?.focus();
    return () => {
      root.classList.remove(PRINTING_CLASS);
      covered.forEach((element) => element.removeAttribute('inert'));
      // Back where the trainer was (the print button), now that it can take focus again.
      if (before instanceof HTMLElement) before.focus();
    };
  }, []);

  return createPortal(
    <div
      ref={view}
      className="runsheet-print"
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${ids}-heading`}
      data-testid="runsheet-print"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
        else if (event.key === 'Tab') keepFocusInside(event.currentTarget, event);
      }}
    >
      <div className="runsheet-print__bar">
        <h2 id={`${ids}-heading`} ref={heading} tabIndex={-1}>
          {t('studio.planner.print.heading')}
        </h2>
        <p className="muted">{t('studio.planner.print.intro')}</p>
        <div className="runsheet-print__options">
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-language`}>
              {t('studio.planner.print.language')}
            </label>
            <select
              id={`${ids}-language`}
              className="input"
              value={language}
              data-testid="print-language"
              onChange={(event) =>
                setLanguage(LANGUAGES.find((option) => option === event.target.value) ?? 'nl')
              }
            >
              {LANGUAGES.map((option) => (
                <option key={option} value={option} lang={option}>
                  {t(`lang.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-date`}>
              {t('studio.planner.print.date')}
            </label>
            <input
              id={`${ids}-date`}
              className="input"
              type="date"
              value={date}
              data-testid="print-date"
              onChange={(event) => setDate(event.target.value)}
            />
          </div>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            data-testid="print-now"
            onClick={() => window.print()}
          >
            {t('studio.planner.print.print')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            data-testid="print-close"
            onClick={onClose}
          >
            {t('studio.planner.print.close')}
          </button>
        </div>
      </div>
      <div className="runsheet-print__sheet">{children({ language, date })}</div>
    </div>,
    document.body,
  );
}
