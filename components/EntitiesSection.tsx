import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Entity, EntityType } from '../core/types';

interface EntitiesSectionProps {
  entities: Entity[];
  onShowInPage: (passages: string[], focus: number) => void;
}

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place', 'other'];

/** Entities grouped by type, most central first; clicking one steps through its mentions in the page. */
export function EntitiesSection({ entities, onShowInPage }: EntitiesSectionProps) {
  const steps = useRef(new Map<string, number>());
  if (entities.length === 0) return <p class="empty">{i18n.t('entities.empty')}</p>;
  const show = (entity: Entity) => {
    const step = steps.current.get(entity.name) ?? 0;
    steps.current.set(entity.name, (step + 1) % Math.max(entity.mentions.length, 1));
    onShowInPage([...new Set(entity.mentions.map((mention) => mention.text))], step);
  };
  return (
    <div class="entity-groups" id="entity-groups">
      {TYPE_ORDER.map((type) => {
        const group = entities.filter((entity) => entity.type === type);
        if (group.length === 0) return null;
        return (
          <div key={type} class="entity-group" data-type={type}>
            <h3 class="group-title">{i18n.t(`entities.${type}`)}</h3>
            <ul class="chips">
              {group.map((entity) => (
                <li key={entity.name}>
                  <button
                    type="button"
                    class={`chip chip-${type}`}
                    title={i18n.t('entities.showInPage', [entity.name])}
                    aria-label={`${entity.name}, ${i18n.t('entities.mentions', entity.mentions.length)}`}
                    onClick={() => show(entity)}
                  >
                    <span class="chip-name">{entity.name}</span>
                    <span class="chip-count" aria-hidden="true">
                      {entity.mentions.length}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
