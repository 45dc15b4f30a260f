import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { analysisToJson, analysisToMarkdown, exportFileName, type MarkdownLabels } from '../core/export/markdown';
import type { Analysis } from '../core/types';
import { saveTextFile } from '../utils/download';
import type { SectionId } from '../utils/settings';
import { ICONS, IconButton } from './IconButton';

interface ExportMenuProps {
  analysis: Analysis | null;
  /** The reader's visible sections, in order: the Markdown follows the same layout. */
  sections: SectionId[];
}

export function markdownLabels(): MarkdownLabels {
  return {
    source: i18n.t('export.source'),
    by: i18n.t('export.by'),
    published: i18n.t('export.published'),
    summary: i18n.t('sections.summary'),
    entities: i18n.t('sections.entities'),
    sources: i18n.t('sections.sources'),
    entityTypes: {
      person: i18n.t('entities.person'),
      organization: i18n.t('entities.organization'),
      place: i18n.t('entities.place'),
      other: i18n.t('entities.other'),
    },
    mentions: (count) => i18n.t('entities.mentions', count),
    aliases: i18n.t('export.aliases'),
    publisher: i18n.t('sources.publisher'),
    citations: i18n.t('sources.citations'),
    unattributed: i18n.t('sources.unattributed'),
    links: i18n.t('sources.links'),
    footer: i18n.t('export.footer'),
  };
}

type Action = 'copy-markdown' | 'copy-json' | 'save-markdown' | 'save-json';

/** Copy or save the whole analysis as Markdown or JSON: a disclosure button with four actions. */
export function ExportMenu({ analysis, sections }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && menu.current?.parentElement?.contains(event.target as Node)) return;
      setOpen(false);
      if (event instanceof KeyboardEvent) document.getElementById('export-toggle')?.focus();
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, [open]);

  const run = async (action: Action) => {
    if (!analysis) return;
    const order = sections.filter((id): id is 'summary' | 'entities' | 'sources' => id !== 'article');
    const markdown = () => analysisToMarkdown(analysis, { labels: markdownLabels(), sections: order });
    try {
      if (action === 'copy-markdown') await navigator.clipboard.writeText(markdown());
      if (action === 'copy-json') await navigator.clipboard.writeText(analysisToJson(analysis));
      if (action === 'save-markdown') saveTextFile(markdown(), exportFileName(analysis, 'md'), 'text/markdown');
      if (action === 'save-json')
        saveTextFile(analysisToJson(analysis), exportFileName(analysis, 'json'), 'application/json');
      setStatus(action.startsWith('copy') ? i18n.t('export.copied') : i18n.t('export.saved'));
    } catch {
      setStatus(i18n.t('export.failed'));
    }
    setOpen(false);
    document.getElementById('export-toggle')?.focus();
    setTimeout(() => setStatus(''), 4000);
  };

  const items: Array<[Action, string]> = [
    ['copy-markdown', i18n.t('export.copyMarkdown')],
    ['copy-json', i18n.t('export.copyJson')],
    ['save-markdown', i18n.t('export.saveMarkdown')],
    ['save-json', i18n.t('export.saveJson')],
  ];
  return (
    <div class="export">
      <IconButton
        id="export-toggle"
        label={i18n.t('export.title')}
        icon={ICONS.download}
        strokeWidth={1.8}
        expanded={open}
        controls="export-menu"
        disabled={!analysis}
        onClick={() => setOpen(!open)}
      />
      <div class="export-menu" id="export-menu" ref={menu} hidden={!open}>
        {items.map(([action, label]) => (
          <button key={action} type="button" class="menu-item" id={`export-${action}`} onClick={() => void run(action)}>
            {label}
          </button>
        ))}
      </div>
      <span class="toast" role="status">
        {status}
      </span>
    </div>
  );
}
