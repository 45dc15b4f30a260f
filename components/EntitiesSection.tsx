import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Entity, EntityType } from '../core/types';
import { useRovingFocus } from '../utils/roving-focus';

interface EntitiesSectionProps {
  entities: Entity[];
  onShowInPage: (passages: string[], focus: number) => void;
}

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place', 'other'];

/**
 * Entities grouped by type, most central first; clicking one steps through its mentions in the page.
 * All chips form one Tab stop; the arrow keys move between them.
 */
export function EntitiesSection({ entities, onShowInPage }: EntitiesSectionProps) {
  const steps = useRef(new Map<string, number>());
  const groups = useRovingFocus<HTMLDivElement>('.chip');
  if (entities.length === 0) return <p class="empty">{i18n.t('entities.empty')}</p>;
  const show = (entity: Entity) => {
    const step = steps.current.get(entity.name) ?? 0;
    steps.current.set(entity.name, (step + 1) % Math.max(entity.mentions.length, 1));
    onShowInPage([...new Set(entity.mentions.map((mention) => mention.text))], step);
  };
  return (
    <div class="entity-groups" id="entity-groups" ref={groups}>
      {TYPE_ORDER.map((type) => {
        const group = entities.filter((entity) => entity.type === type);
        if (group.length === 0) return null;
        return (
          <div key={type} class="entity-group" data-type={type}>
            <h3 class="group-title" id={`entity-group-${type}`}>
              {i18n.t(`entities.${type}`)}
            </h3>
            <ul class="chips" aria-labelledby={`entity-group-${type}`}>
              {group.map((entity) => (
                <li key={entity.name}>
                  <button
                    type="button"
                    class={`chip chip-${type}`}
                    title={i18n.t('entities.showInPage', [entity.name])}
                    onClick={() => show(entity)}
                  >
                    <span class="chip-name" dir="auto">
                      {entity.name}
                    </span>
                    <span class="chip-count" aria-hidden="true">
                      {entity.mentions.length}
                    </span>
                    <span class="visually-hidden">, {i18n.t('entities.mentions', entity.mentions.length)}</span>
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
