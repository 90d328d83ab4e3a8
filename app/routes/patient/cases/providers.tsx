import { Form, Link, redirect } from 'react-router'
import { fromUsdCents } from '#domain/cases/viewer-currency.ts'
import { displayName, formatMoney, formatMoneyAmount } from '#domain/i18n/format.ts'
import { MAX_CHOSEN_OFFERS } from '#domain/intake/task-list.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireEditableCase } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/providers'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireEditableCase(request, params.caseId)
  return { caseId: handle.case.id, ...(await handle.offersToChooseFrom()) }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireEditableCase(request, params.caseId)
  const fields = await readFields(request)
  // "Later": back to the case's task list, where the evidence to read waits as the next step.
  const later = fields['then']?.[0] === 'later'
  const offerIds = fields['offer'] ?? []
  const helpMeChoose = (fields['help'] ?? []).includes('yes')
  // Nothing chosen yet is nothing to save: "later" leaves the step as it was.
  if (later && offerIds.length === 0 && !helpMeChoose) throw redirect(casePath(handle.case.id))
  const result = await handle.chooseOffers({
    offerIds,
    helpMeChoose,
  })
  if (!result.ok) return refuse(result.error, fields)
  throw redirect(casePath(handle.case.id, result.value.evidenceToRead && !later ? 'evidence' : undefined))
}

type Offer = Route.ComponentProps['loaderData']['offers'][number]
type Viewer = Route.ComponentProps['loaderData']['viewer']

/** What a family weighs an offer by, under its box: price, stay, the provider's page and any warnings. */
function OfferFacts({ offer: o, viewer }: { offer: Offer; viewer: Viewer }) {
  const t = useT()
  const locale = useLocale()
  const inViewer = (usdCents: number | null) =>
    usdCents !== null && viewer
      ? formatMoneyAmount(locale, fromUsdCents(usdCents, viewer.perUsd), viewer.currency)
      : null
  const approxMin = inViewer(o.priceMinUsdCents)
  const approxMax = inViewer(o.priceMaxUsdCents ?? o.priceMinUsdCents)
  const providerPage = `/providers/${o.providerSlug}`
  return (
    <ul className="list">
      <li>
        {t('case.providers.price', {
          range:
            o.priceMinMinor !== null && o.currency
              ? t('provider.priceRange', {
                  min: formatMoney(locale, o.priceMinMinor, o.currency),
                  max: formatMoney(locale, o.priceMaxMinor ?? o.priceMinMinor, o.currency),
                })
              : t('search.noPrice'),
        })}
        {o.priceMinMinor !== null &&
        o.currency &&
        o.currency !== viewer?.currency &&
        approxMin &&
        approxMax ? (
          <span className="hint"> {t('case.providers.approx', { min: approxMin, max: approxMax })}</span>
        ) : null}
      </li>
      <li>
        {t('case.providers.stay', {
          days: o.lengthOfStayDays ? t('provider.days', { count: o.lengthOfStayDays }) : t('provider.none'),
        })}
      </li>
      <li>
        <Link to={providerPage}>
          {t('case.providers.providerPage')}
          <span className="visually-hidden"> {o.providerName}</span>
        </Link>
      </li>
      {o.verdict === 'listable-with-warnings' ? (
        <li>
          <Link to={`${providerPage}#warnings-${o.id}`}>
            {t('case.providers.hasWarnings')}
            <span className="visually-hidden"> {o.title}</span>
          </Link>
        </li>
      ) : null}
    </ul>
  )
}

export default function ChooseProviders({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const failed = useFailure(actionData)
  const error = failed.errorFor('offer')
  const selected = failed.values('offer', loaderData.chosen)
  return (
    <div className="two-thirds">
      <PageHeader
        title={t('case.providers.title')}
        back={casePath(loaderData.caseId)}
        failure={failed}
        heading={false}
      />
      <Form method="post" noValidate>
        <Choices
          type="checkbox"
          name="offer"
          legend={t('case.providers.title')}
          legendIsHeading
          hint={t('case.providers.hint', { max: MAX_CHOSEN_OFFERS })}
          error={error}
          selected={selected}
          options={loaderData.offers.map((o) => ({
            value: o.id,
            label: `${o.title} — ${o.providerName}, ${o.providerCity}, ${displayName(locale, 'region', o.providerCountry)}${o.providerIsDemo ? ` (${t('tag.demo')})` : ''}`,
            hint: t(`offer.label.${o.label}`),
            extra: <OfferFacts offer={o} viewer={loaderData.viewer} />,
          }))}
        />
        {loaderData.offers.length === 0 ? <p className="body">{t('case.providers.noneFound')}</p> : null}
        <Choices
          type="checkbox"
          name="help"
          legend={t('case.providers.helpLegend')}
          selected={loaderData.helpMeChoose ? ['yes'] : []}
          options={[{ value: 'yes', label: t('case.providers.help'), hint: t('case.providers.helpHint') }]}
        />
        <div className="button-group">
          <Button>{t('form.saveContinue')}</Button>
          <Button variant="secondary" name="then" value="later">
            {t('intake.saveLater')}
          </Button>
        </div>
      </Form>
      <p className="body">
        <Link to="/providers">{t('case.providers.search')}</Link>
      </p>
    </div>
  )
}
