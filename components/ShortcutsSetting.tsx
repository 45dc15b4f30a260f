import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

/**
 * Lede's keyboard shortcuts and where to change them. Chrome's shortcut page can be opened from an
 * extension; Firefox's lives in about:addons, which extensions cannot open, so it is explained instead.
 */
export function ShortcutsSetting() {
  const [commands, setCommands] = useState<Command[]>([]);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setCommands(all.filter((command) => command.name && !command.name.startsWith('_'))))
      .catch(() => undefined);
  }, []);
  return (
    <div class="fields">
      {commands.length > 0 && (
        <dl class="shortcuts" id="shortcut-list">
          {commands.map((command) => (
            <div key={command.name} class="shortcut">
              <dt>{command.description || command.name}</dt>
              <dd>
                {command.shortcut ? (
                  <kbd>{command.shortcut}</kbd>
                ) : (
                  <span class="muted">{i18n.t('settings.noShortcut')}</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {import.meta.env.FIREFOX ? (
        <p class="help" id="shortcuts-firefox">
          {i18n.t('settings.shortcutsFirefox')}
        </p>
      ) : (
        <button
          type="button"
          class="button"
          id="open-shortcuts"
          onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
        >
          {i18n.t('settings.shortcutsChrome')}
        </button>
      )}
    </div>
  );
}
