import type { ReactNode } from 'react'
import { Form, Link } from 'react-router'
import { Button } from '#app/components/ui/button.tsx'

/**
 * "Are you sure?" as a page, not a dialog, so it works without JavaScript: a
 * step that cannot be undone (withdraw an offer, remove a person, turn a plan
 * down) first lands here, on the page's own address with `?…=id`, and only
 * the "yes" posts it again with `confirm=yes`. The question takes focus when
 * it appears (app/lib/focus-on-navigation.ts), and "no" goes back to the page
 * unchanged.
 */
export function AskFirst({
  id,
  question,
  headingLevel = 2,
  fields,
  yes,
  no,
  context,
  noTo = '?',
  children,
}: {
  /** The panel's id, which the address's fragment names. */
  id: string
  question: string
  headingLevel?: 2 | 3 | 4
  /** The hidden fields of the step; `confirm=yes` is added. */
  fields: Record<string, string>
  yes: string
  no: string
  /** Names what the buttons act on, for screen readers, when the labels do not. */
  context?: string
  /** Where "no" leads: the page without the question (its other parameters kept, when given). */
  noTo?: string
  /** What happens if they go ahead. */
  children: ReactNode
}) {
  const Heading = `h${headingLevel}` as const
  return (
    <div className="inset-text two-thirds" id={id} role="group" aria-labelledby={`${id}-q`}>
      <Heading
        className={headingLevel === 2 ? 'heading-m' : 'heading-s'}
        id={`${id}-q`}
        tabIndex={-1}
        data-navigation-focus=""
      >
        {question}
      </Heading>
      {children}
      <Form method="post" className="inline-form">
        {Object.entries({ ...fields, confirm: 'yes' }).map(([name, value]) => (
          <input type="hidden" name={name} value={value} key={name} />
        ))}
        <Button variant="warning">
          {yes}
          {context ? <span className="visually-hidden"> {context}</span> : null}
        </Button>
      </Form>{' '}
      <Link to={noTo}>{no}</Link>
    </div>
  )
}
