import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { saveTextFile } from '../utils/download';
import { resetAllSettings, type SettingName } from '../utils/settings';
import { exportSettingsText, type ImportResult, importSettingsText } from '../utils/settings-file';

/** Each setting's name as the reader sees it, for import reports. */
const SETTING_LABELS: Record<SettingName, () => string> = {
  summaryLength: () => i18n.t('settings.summaryLength'),
  theme: () => i18n.t('settings.theme'),
  textSize: () => i18n.t('settings.textSize'),
  sections: () => i18n.t('settings.sections'),
  highlightEntities: () => i18n.t('settings.highlight'),
  networkLookups: () => i18n.t('settings.lookups'),
  builtinSummarizer: () => i18n.t('settings.builtin'),
};

type Report = { kind: 'imported'; result: ImportResult } | { kind: 'reset' } | { kind: 'exported' } | null;

/** Export to a JSON file, import one (checked setting by setting), and reset to the defaults. */
export function SettingsBackup() {
  const [report, setReport] = useState<Report>(null);
  const [confirming, setConfirming] = useState(false);

  const exportFile = async () => {
    saveTextFile(await exportSettingsText(), 'lede-settings.json', 'application/json');
    setReport({ kind: 'exported' });
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const result = await importSettingsText(await file.text());
    input.value = '';
    setReport({ kind: 'imported', result });
  };
  const reset = async () => {
    await resetAllSettings();
    setConfirming(false);
    setReport({ kind: 'reset' });
  };

  return (
    <div class="fields">
      <div class="button-row">
        <button type="button" class="button" id="export-settings" onClick={() => void exportFile()}>
          {i18n.t('settings.export')}
        </button>
        <label class="button file-button" for="import-settings">
          {i18n.t('settings.import')}
          <input
            type="file"
            id="import-settings"
            class="visually-hidden"
            accept="application/json,.json"
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
        {confirming ? (
          <span class="confirm">
            <span>{i18n.t('settings.resetConfirm')}</span>
            <button type="button" class="button danger" id="reset-confirm" onClick={() => void reset()}>
              {i18n.t('settings.reset')}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {i18n.t('settings.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="button" id="reset-settings" onClick={() => setConfirming(true)}>
            {i18n.t('settings.reset')}
          </button>
        )}
      </div>
      <div id="settings-report" class="report" role="status">
        {report && <ReportText report={report} />}
      </div>
    </div>
  );
}

const names = (list: string[]) => list.map((name) => SETTING_LABELS[name as SettingName]?.() ?? name).join(', ');

function ReportText({ report }: { report: NonNullable<Report> }) {
  if (report.kind === 'reset') return <p>{i18n.t('settings.resetDone')}</p>;
  if (report.kind === 'exported') return <p>{i18n.t('settings.exported')}</p>;
  const { result } = report;
  if (!result.ok) {
    return (
      <p class="error">
        {result.reason === 'not-json' ? i18n.t('settings.importNotJson') : i18n.t('settings.importNotLede')}
      </p>
    );
  }
  const { values, invalid, ignored } = result.plan;
  return (
    <>
      <p id="import-applied">{i18n.t('settings.imported', Object.keys(values).length)}</p>
      {invalid.length > 0 && (
        <p class="error" id="import-invalid">
          {i18n.t('settings.importInvalid', [names(invalid)])}
        </p>
      )}
      {ignored.length > 0 && (
        <p class="muted" id="import-ignored">
          {i18n.t('settings.importIgnored', [ignored.join(', ')])}
        </p>
      )}
    </>
  );
}
