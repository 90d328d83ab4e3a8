import { Link } from 'react-router'
import { ErrorSummary, type ErrorItem } from '#app/components/patterns/error-summary.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useT } from '#app/lib/i18n.ts'

/**
 * The top of a page, in the order GOV.UK pages keep: the document title
 * ("Error: " first when the form failed), the back link, the error summary,
 * a caption and the page's one h1. On a question page the legend or label is
 * the h1, so `heading={false}` leaves it to the form.
 */
export function PageHeader({
  title,
  back,
  failure,
  failed = failure?.failed ?? false,
  caption,
  heading = true,
  lede,
}: {
  title: string
  /** Where "Back" goes; `label` when the link says more than "Back". */
  back?: string | { to: string; label: string }
  /** The form's failure: the title says so and the error summary lists it. */
  failure?: { failed: boolean; list: ErrorItem[] }
  /** The title says the form failed, when the page shows its errors further down. */
  failed?: boolean
  caption?: string
  heading?: boolean
  lede?: string
}) {
  const t = useT()
  const backLink = typeof back === 'string' ? { to: back, label: t('form.back') } : back
  return (
    <>
      <PageTitle title={title} error={failed} />
      {backLink ? (
        <Link to={backLink.to} className="back-link">
          {backLink.label}
        </Link>
      ) : null}
      {failure ? <ErrorSummary errors={failure.list} /> : null}
      {caption ? <p className="caption">{caption}</p> : null}
      {heading ? <h1 className="heading-xl">{title}</h1> : null}
      {lede ? <p className="lede">{lede}</p> : null}
    </>
  )
}
