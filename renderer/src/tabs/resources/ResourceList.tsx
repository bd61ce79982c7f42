/**
 * The page's resource list, each with what it is for, the checklist step it serves, and a
 * button to the place in this app where that work happens.
 */
import type { Level } from '../../../../shared/interchange/fields';
import { useEvaluation } from '../../wizard/use-evaluation';
import { stepTargetOf } from '../../review/requirement-targets';
import { useNavigation } from '../../store/navigation-store';
import { RESOURCES, rulesText, type Resource, type ResourceAnchor } from './resources';

interface ResourceListProps {
  readonly target: Level;
  readonly onShow: (anchor: ResourceAnchor) => void;
}

export function ResourceList({ target, onShow }: ResourceListProps) {
  const rules = useEvaluation()?.rules;
  if (!rules) return null;
  return (
    <ul className="resources__list">
      {RESOURCES.map((resource) => (
        <li key={resource.id} className="card resource" data-resource={resource.id}>
          <h4 className="resource__title">{resource.title}</h4>
          <p>{rulesText(resource.explanation, rules)}</p>
          <p className="resource__serves">
            <strong>Serves:</strong> {rulesText(resource.serves, rules)}
          </p>
          <ResourceButton resource={resource} target={target} onShow={onShow} />
        </li>
      ))}
    </ul>
  );
}

function ResourceButton({ resource, target, onShow }: { readonly resource: Resource } & ResourceListProps) {
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  const requirements = useEvaluation()?.requirements;
  const where = resource.target;
  if (where.kind === 'none') return null;
  const [label, open] =
    where.kind === 'here'
      ? [where.label, () => onShow(where.anchor)]
      : where.kind === 'section'
        ? [where.label, () => sectionOpened(where.section, null, 'heading')]
        : [
            `Open the step: ${requirements?.find((r) => r.id === where.id)?.title ?? resource.title}`,
            () => {
              const step = stepTargetOf(where.id, target);
              sectionOpened(step.section, step.step, 'heading');
            },
          ];
  return (
    <button type="button" className="button button--small resource__open" onClick={open}>
      {label}
    </button>
  );
}
