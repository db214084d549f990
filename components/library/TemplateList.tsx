import type { Template } from '@/lib/templates/types';
import type { TemplateGroup } from './group-templates';

interface TemplateListProps {
  groups: TemplateGroup[];
  /** Open every group (while searching) instead of letting the agent expand them. */
  isExpanded: boolean;
  onEdit: (template: Template) => void;
  onDuplicate: (template: Template) => void;
  onDelete: (template: Template) => void;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The library grouped by scenario; each group lists its language variants with their actions. */
export function TemplateList({ groups, isExpanded, onEdit, onDuplicate, onDelete }: TemplateListProps) {
  if (groups.length === 0) return <p className="muted">No template matches.</p>;
  return (
    <ul className="library-groups">
      {groups.map((group) => (
        <li key={group.scenario}>
          <details
            open={isExpanded || undefined}
            data-tactful="template-group"
            data-scenario={group.scenario}
          >
            <summary>
              <span className="library-groups__label">{group.label}</span>
              <span className="muted">
                {group.templates.length} · {[...new Set(group.templates.map((t) => t.language))].join(' ')}
              </span>
            </summary>
            <ul className="library-templates">
              {group.templates.map((template) => (
                <li key={template.id} data-tactful="template" data-template-id={template.id}>
                  <span
                    className="library-templates__language"
                    title={languageNames.of(template.language) ?? template.language}
                  >
                    {template.language}
                  </span>
                  <span className="library-templates__title" dir="auto">
                    {template.title}
                    {template.variant && template.variant !== 'standard' && (
                      <span className="muted"> · {template.variant}</span>
                    )}
                  </span>
                  <span className="muted">{template.shortcut ? `;${template.shortcut}` : ''}</span>
                  <span className="muted">
                    {template.usageCount > 0 ? `used ${template.usageCount}×` : ''}
                  </span>
                  <span className="library-templates__actions">
                    {(
                      [
                        ['edit', 'Edit', onEdit],
                        ['duplicate', 'Duplicate', onDuplicate],
                        ['delete', 'Delete', onDelete],
                      ] as const
                    ).map(([action, label, run]) => (
                      <button
                        key={action}
                        type="button"
                        data-tactful={`template-${action}`}
                        className={action === 'edit' ? undefined : 'button--quiet'}
                        onClick={() => run(template)}
                        aria-label={`${label} ${template.title} (${template.language})`}
                      >
                        {label}
                      </button>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
