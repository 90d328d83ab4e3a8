import { data, Form, Link, redirect } from 'react-router'
import { displayName } from '#domain/i18n/format.ts'
import { MAX_CHOSEN_OFFERS } from '#domain/intake/task-list.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { answersOf, chosenOffers } from '#server/use-cases/cases/case-records.ts'
import { chooseOffers, offersToChooseFrom } from '#server/use-cases/cases/choose-offers.ts'
import { formFields, requireEditable, requireMemberCase } from './member-case.server.ts'
import type { Route } from './+types/providers'

export async function loader({ request, params }: Route.LoaderArgs) {
  const { rt, found } = await requireMemberCase(request, params.caseId)
  requireEditable(found)
  const answers = answersOf(found.key, found.row)
  const countries = Array.isArray(answers['countries-of-interest'])
    ? answers['countries-of-interest'].filter((c) => c !== 'any')
    : []
  const [offers, chosen] = await Promise.all([
    offersToChooseFrom(rt, { conditionSlug: answers['condition'] === 'als' ? 'als' : null, countries }),
    chosenOffers(rt.database.db, found.row.id),
  ])
  // Chosen offers stay visible even when the country filter would hide them.
  const extra = chosen.filter((c) => !offers.some((o) => o.id === c.offerId))
  return {
    caseId: found.row.id,
    offers: [
      ...offers,
      ...extra.map((c) => ({
        id: c.offerId,
        title: c.title,
        pathway: c.pathway,
        verdict: c.verdict,
        treatmentName: c.treatmentName,
        providerName: c.providerName,
        providerSlug: c.providerSlug,
        providerCity: c.providerCity,
        providerCountry: c.providerCountry,
        providerIsDemo: c.providerIsDemo,
      })),
    ],
    chosen: chosen.map((c) => c.offerId),
    helpMeChoose: answers['help-me-choose'] === 'yes',
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { rt, viewer, found } = await requireMemberCase(request, params.caseId)
  requireEditable(found)
  const fields = formFields(await request.formData())
  const result = await chooseOffers(rt, viewer.id, found, {
    offerIds: fields['offer'] ?? [],
    helpMeChoose: (fields['help'] ?? []).includes('yes'),
  })
  if (!result.ok) {
    return data(
      {
        selected: fields['offer'] ?? [],
        error: result.error.code === 'offers.too-many' ? 'tooMany' : 'none',
      } as const,
      { status: 400 },
    )
  }
  const chosen = await chosenOffers(rt.database.db, found.row.id)
  const toRead = chosen.some((c) => c.needsAcknowledgement && !c.evidenceAcknowledgedAt)
  throw redirect(toRead ? `/patient/cases/${found.row.id}/evidence` : `/patient/cases/${found.row.id}`)
}

export default function ChooseProviders({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const error = actionData?.error
    ? t(actionData.error === 'tooMany' ? 'case.providers.error.tooMany' : 'case.providers.error.none', {
        max: MAX_CHOSEN_OFFERS,
      })
    : undefined
  const selected = actionData?.selected ?? loaderData.chosen
  return (
    <div className="two-thirds">
      <PageTitle title={t('case.providers.title')} error={Boolean(error)} />
      <Link to={`/patient/cases/${loaderData.caseId}`} className="back-link">
        {t('form.back')}
      </Link>
      <ErrorSummary errors={error ? [{ fieldId: 'offer', message: error }] : []} />
      <Form method="post" noValidate>
        <Choices
          type="checkbox"
          name="offer"
          id="offer"
          legend={t('case.providers.title')}
          legendIsHeading
          hint={t('case.providers.hint', { max: MAX_CHOSEN_OFFERS })}
          error={error}
          selected={selected}
          options={loaderData.offers.map((o) => ({
            value: o.id,
            label: `${o.title} — ${o.providerName}, ${o.providerCity}, ${displayName(locale, 'region', o.providerCountry)}${o.providerIsDemo ? ` (${t('tag.demo')})` : ''}`,
            hint: [
              t(`search.pathway.${o.pathway as 'standard-care'}`),
              o.verdict === 'listable-with-warnings' ? t('case.providers.hasWarnings') : null,
            ]
              .filter(Boolean)
              .join(' · '),
          }))}
        />
        {loaderData.offers.length === 0 ? <p className="body">{t('case.providers.noneFound')}</p> : null}
        <Choices
          type="checkbox"
          name="help"
          id="help"
          legend={t('case.providers.helpLegend')}
          selected={loaderData.helpMeChoose ? ['yes'] : []}
          options={[{ value: 'yes', label: t('case.providers.help'), hint: t('case.providers.helpHint') }]}
        />
        <Button>{t('form.saveContinue')}</Button>
      </Form>
      <p className="body">
        <Link to="/providers">{t('case.providers.search')}</Link>
      </p>
    </div>
  )
}
