import { i18n } from '#i18n';
import { useAppearance, useSettings } from '../utils/use-settings';
import { CreditsSection } from './CreditsSection';
import { SettingsForm } from './SettingsForm';

/** The options page: every setting, saved as it changes. */
export function OptionsApp() {
  const values = useSettings();
  useAppearance(values);
  return (
    <div class="options">
      <header class="options-header">
        <img src="/icon/48.png" alt="" width="32" height="32" />
        <div>
          <h1>{i18n.t('settings.pageTitle')}</h1>
          <p class="muted">{i18n.t('settings.pageIntro')}</p>
        </div>
      </header>
      <main aria-busy={!values}>
        {values ? <SettingsForm values={values} /> : null}
        <CreditsSection />
      </main>
    </div>
  );
}
