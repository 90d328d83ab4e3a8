import { Link } from 'react-router'
import { Tag, type TagTone } from '#app/components/ui/tag.tsx'

export type TaskItem = {
  id: string
  label: string
  href?: string
  hint?: string
  status: string
  tone: TagTone
}

/**
 * GOV.UK task list: each task, where it stands, and a link when it can be
 * started. A task that cannot start yet says why in its hint.
 */
export function TaskList({ items }: { items: TaskItem[] }) {
  return (
    <ul className="task-list">
      {items.map((item) => (
        <li className="task-list__item" key={item.id}>
          <div className="task-list__name">
            {item.href ? (
              <Link
                to={item.href}
                aria-describedby={item.hint ? `${item.id}-hint ${item.id}-status` : `${item.id}-status`}
              >
                {item.label}
              </Link>
            ) : (
              <span>{item.label}</span>
            )}
            {item.hint ? (
              <div className="hint" id={`${item.id}-hint`}>
                {item.hint}
              </div>
            ) : null}
          </div>
          <div className="task-list__status" id={`${item.id}-status`}>
            <Tag tone={item.tone}>{item.status}</Tag>
          </div>
        </li>
      ))}
    </ul>
  )
}
