import { Form } from 'react-router'
import { Button } from '#app/components/ui/button.tsx'

/**
 * One command posted by one button, as a plain form that works without
 * JavaScript: delete this record, revoke this person, move this case on. In a
 * table row, `context` names the row for screen readers ("Delete scan.pdf").
 */
export function PostButton({
  fields,
  label,
  context,
  variant = 'link',
}: {
  /** The hidden fields that say what to do, and to what. */
  fields: Record<string, string>
  label: string
  context?: string
  variant?: 'secondary' | 'warning' | 'link'
}) {
  return (
    <Form method="post" className="inline-form">
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} key={name} />
      ))}
      <Button variant={variant}>
        {label}
        {context ? <span className="visually-hidden"> {context}</span> : null}
      </Button>
    </Form>
  )
}
