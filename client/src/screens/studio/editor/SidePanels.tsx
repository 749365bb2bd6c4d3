import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../../i18n/useT';

export type PanelId = 'preview' | 'runsheet' | 'history' | 'methods';
const PANELS: PanelId[] = ['preview', 'runsheet', 'history', 'methods'];

/** The editor's side: the preview, the run sheet, the versions and the methods, as tabs. */
export function SidePanels({ render }: { render: (panel: PanelId) => ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState<PanelId>('preview');
  const onKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = PANELS[(PANELS.indexOf(open) + step + PANELS.length) % PANELS.length]!;
    setOpen(next);
    document.getElementById(`studio-tab-${next}`)?.focus();
  };
  return (
    <section className="studio-side">
      <div
        role="tablist"
        aria-label={t('studio.editor.panels')}
        className="studio-side__tabs"
        onKeyDown={onKey}
      >
        {PANELS.map((panel) => (
          <button
            key={panel}
            type="button"
            role="tab"
            id={`studio-tab-${panel}`}
            aria-selected={open === panel}
            aria-controls={`studio-panel-${panel}`}
            tabIndex={open === panel ? 0 : -1}
            data-testid={`tab-${panel}`}
            onClick={() => setOpen(panel)}
          >
            {t(`studio.editor.panel.${panel}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`studio-panel-${open}`}
        aria-labelledby={`studio-tab-${open}`}
        className="studio-side__panel"
        tabIndex={0}
        data-native-undo
      >
        {render(open)}
      </div>
    </section>
  );
}
