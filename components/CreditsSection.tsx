import { i18n } from '#i18n';
import { CODE_CREDITS, type Credit, DATA_CREDITS } from '../core/credits';

/** One credited work: name linked to its home, what Lede uses it for, author and license. */
function CreditItem({ credit }: { credit: Credit }) {
  return (
    <li class="credit" data-credit={credit.id}>
      <a href={credit.url} target="_blank" rel="noreferrer">
        {credit.name}
      </a>
      <span class="muted"> — {i18n.t(`credits.use.${credit.use}`)}</span>
      <div class="credit-detail">
        {credit.author}.{' '}
        <a href={credit.licenseUrl} target="_blank" rel="noreferrer">
          {i18n.t('credits.license', [credit.license])}
        </a>
        {credit.notice ? <> {credit.notice}</> : null}
      </div>
    </li>
  );
}

/** The options page's credits: the attribution the shipped data and code ask for. */
export function CreditsSection() {
  return (
    <section class="settings-group credits" aria-labelledby="credits-title" id="credits">
      <h2 id="credits-title">{i18n.t('credits.title')}</h2>
      <p class="muted">{i18n.t('credits.intro')}</p>
      <h3>{i18n.t('credits.data')}</h3>
      <ul class="credit-list">
        {DATA_CREDITS.map((credit) => (
          <CreditItem key={credit.id} credit={credit} />
        ))}
      </ul>
      <h3>{i18n.t('credits.code')}</h3>
      <ul class="credit-list">
        {CODE_CREDITS.map((credit) => (
          <CreditItem key={credit.id} credit={credit} />
        ))}
      </ul>
      <p>
        <a href="/third-party-licenses.txt" target="_blank" id="credits-all-texts" rel="noopener">
          {i18n.t('credits.allTexts')}
        </a>
      </p>
    </section>
  );
}
