import { Form, data, redirect } from 'react-router'
import { MIN_DETAILS, reportReasons } from '#domain/review/listing-report.ts'
import { asUserId } from '#domain/shared/ids.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { EmailField } from '#app/components/patterns/email-field.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { fieldsOf, readForm, refuse } from '#app/forms/action.server.ts'
import { localeOf, viewerOf } from '#app/request.server.ts'
import { CLIENT_ADDRESS_HEADER } from '#server/auth/auth-api.ts'
import { fileListingReport, reportableListing } from '#server/use-cases/review/listing-reports.ts'
import type { Route } from './+types/report-listing'

// "Report this listing" (issue 16, ADR 0059): anyone, signed in or not, tells
// the reviewers what is wrong with a public listing. A plain form: it works
// without JavaScript, and a refused one comes back with what was typed.
const SLUG = /^[a-z0-9-]{1,120}$/
const fieldOrder = ['offer', 'reason', 'details', 'evidenceUrl', 'email', 'form'] as const

async function listingOf(slug: string) {
  const listing = SLUG.test(slug) ? await reportableListing(await caseDeps(), slug) : null
  if (!listing) throw data(null, { status: 404 })
  return listing
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const listing = await listingOf(params.providerSlug)
  const viewer = await viewerOf(request)
  const asked = new URL(request.url).searchParams.get('offer')
  return {
    listing,
    // Only an offer of this listing is chosen from the address, never free text.
    offer: listing.offers.some((o) => o.id === asked) ? asked : null,
    accountEmail: viewer?.email ?? null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const form = await readForm(request)
  const listing = await listingOf(params.providerSlug)
  const viewer = await viewerOf(request)
  const fields = fieldsOf(form)
  const one = (name: string) => fields[name]?.[0] ?? ''
  const filed = await fileListingReport(
    await caseDeps(),
    {
      userId: viewer ? asUserId(viewer.id) : null,
      accountEmail: viewer?.email ?? null,
      locale: localeOf(request),
      address: request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown',
    },
    listing.slug,
    {
      reason: one('reason'),
      details: one('details'),
      evidenceUrl: one('evidenceUrl'),
      email: one('email'),
      offer: one('offer'),
    },
  )
  if (!filed.ok) return refuse(filed.error, fields)
  const next = new URLSearchParams({ ref: filed.value.reference, emailed: filed.value.emailed ? '1' : '0' })
  throw redirect(`/providers/${listing.slug}/report/thanks?${next}`, 303)
}

export default function ReportListing({ loaderData: d, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, fieldOrder)
  return (
    <div className="two-thirds">
      <PageHeader
        title={t('report.title')}
        back={{ to: `/providers/${d.listing.slug}`, label: d.listing.name }}
        failure={failed}
        lede={t('report.lede', { provider: d.listing.name })}
      />
      <Form method="post" noValidate>
        <SelectField
          name="offer"
          label={t('report.offer.label')}
          options={[
            { value: '', label: t('report.offer.whole') },
            ...d.listing.offers.map((o) => ({ value: o.id, label: o.title })),
          ]}
          value={failed.value('offer') ?? d.offer ?? ''}
          error={failed.errorFor('offer')}
        />
        <Choices
          type="radio"
          name="reason"
          legend={t('report.reason.legend')}
          options={reportReasons.map((r) => ({ value: r, label: t(`report.reason.${r}`) }))}
          selected={[failed.value('reason') ?? '']}
          error={failed.errorFor('reason')}
        />
        <TextareaField
          name="details"
          label={t('report.details.label')}
          hint={t('report.details.hint', { min: MIN_DETAILS })}
          defaultValue={failed.value('details')}
          error={failed.errorFor('details')}
          rows={8}
        />
        <Field
          name="evidenceUrl"
          label={t('report.evidence.label')}
          hint={t('report.evidence.hint')}
          optional
          dir="ltr"
          inputMode="url"
          autoComplete="off"
          defaultValue={failed.value('evidenceUrl')}
          error={failed.errorFor('evidenceUrl')}
        />
        {d.accountEmail ? (
          <p className="body">{t('report.email.signedIn', { email: d.accountEmail })}</p>
        ) : (
          <EmailField
            label={t('report.email.label')}
            hint={t('report.email.hint')}
            optional
            autoComplete="email"
            defaultValue={failed.value('email')}
            error={failed.errorFor('email')}
          />
        )}
        <Button>{t('report.submit')}</Button>
      </Form>
    </div>
  )
}
