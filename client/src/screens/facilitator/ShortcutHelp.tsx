import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { Icon } from './Icon';

interface ShortcutHelpProps {
  open: boolean;
  onToggle: () => void;
}

/** The keyboard shortcuts, folded away behind a button or "?" so they don't crowd the console. */
export function ShortcutHelp({ open, onToggle }: ShortcutHelpProps) {
  const t = useT();
  const listId = useId();
  const keys: Array<{ keys: string[]; action: string }> = [
    { keys: ['→', 'PageDown'], action: t('console.shortcuts.next') },
    { keys: ['←', 'PageUp'], action: t('console.shortcuts.previous') },
    { keys: [t('console.shortcuts.space')], action: t('console.shortcuts.timer') },
    { keys: ['L'], action: t('console.shortcuts.lock') },
    { keys: ['R'], action: t('console.shortcuts.reveal') },
    { keys: ['?'], action: t('console.shortcuts.help') },
  ];
  return (
    <div className="console-shortcut-help">
      <button
        type="button"
        className="button button--quiet console-button-small console-shortcut-help__toggle"
        data-testid="shortcuts-toggle"
        aria-expanded={open}
        aria-controls={listId}
        aria-keyshortcuts="Shift+?"
        onClick={onToggle}
      >
        <Icon name="keyboard" /> {t('console.shortcuts.toggle')}{' '}
        <kbd className="console-kbd" aria-hidden="true">
          ?
        </kbd>
      </button>
      <dl
        id={listId}
        className="console-shortcut-help__list"
        data-testid="shortcuts"
        hidden={!open}
      >
        {keys.map((entry) => (
          <div key={entry.action} className="console-shortcut-help__row">
            <dt>
              {entry.keys.map((key, i) => (
                <span key={key}>
                  {i > 0 ? ` ${t('console.shortcuts.or')} ` : null}
                  <kbd className="console-kbd">{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{entry.action}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
