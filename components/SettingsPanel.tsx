import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { SettingValues } from '../utils/settings';
import { SettingsForm } from './SettingsForm';

interface SettingsPanelProps {
  values: SettingValues;
  onClose: () => void;
}

/** The popup's compact settings, opened from the gear; the full set lives on the options page. */
export function SettingsPanel({ values, onClose }: SettingsPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      onClose();
      document.getElementById('settings-toggle')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <section class="popup settings-panel" id="settings-panel" aria-labelledby="settings-panel-title">
      <div class="panel-header">
        <h1 id="settings-panel-title" tabIndex={-1} ref={heading}>
          {i18n.t('settings.title')}
        </h1>
        <button type="button" class="button" id="settings-close" onClick={onClose}>
          {i18n.t('settings.done')}
        </button>
      </div>
      <SettingsForm values={values} compact />
      <button type="button" class="link-like" id="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
        {i18n.t('settings.allSettings')}
      </button>
    </section>
  );
}
