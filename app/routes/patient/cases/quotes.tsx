import type { ReactNode } from 'react'
import { data, Form, redirect } from 'react-router'
import { AskFirst } from '#app/components/patterns/ask-first.tsx'
import { formatDate, formatList, formatMoneyAmount, formatNumber } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { conversionsFor, convertMoney } from '#domain/quotes/compare-quotes.ts'
import { formatQuoteMoney } from '#domain/quotes/format-quote-money.ts'
import { quoteCategories } from '#domain/quotes/quote-categories.ts'
import { parseProviderId, parseReferralId } from '#domain/shared/ids.ts'
import {
  acceptConfirmFieldOf,
  confirmAcceptance,
  mayAnswerPlans,
  planStillOpen,
} from '#domain/referrals/accept-plan.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { CaseNav } from '#app/components/case-nav.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { casePath } from '#app/lib/case-paths.ts'
import { Section } from '#app/components/patterns/section.tsx'
import { QuoteBody } from '#app/components/quote-body.tsx'
import { SecondOpinionRequests } from '#app/components/second-opinion-requests.tsx'
import { commentPredatesPlans } from '#domain/second-opinions/second-opinion.ts'
import { useFailure, type FailureView } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/quotes'

// The family compares the plans and quotes clinics sent (issue 15): side by
// side, each in its own currency and in the family's at a dated rate, totals
// by category, what one includes or excludes that another does not, and the
// listing policy's warnings; then accepts one. Accepting names the quote and
// the referral version the family saw, so a quote replaced meanwhile, or
// another tab's acceptance, is refused rather than accepted unseen.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const [{ quotes, currency, rates, differences }, { requests }] = await Promise.all([
    handle.quotes(),
    handle.secondOpinions(),
  ])
  return {
    // An independent doctor's comment belongs beside the plans it is about.
    opinions: requests
      .filter((r) => r.comment !== null)
      .map((r) => ({
        ...r,
        requestedAt: r.requestedAt.toISOString(),
        aboutEarlierPlan: commentPredatesPlans(
          r.answeredAt,
          quotes.map((q) => q.issuedAt),
        ),
      })),
    caseId: handle.case.id,
    reference: handle.case.reference,
    currency,
    rates,
    differences,
    quotes: quotes.map((q) => ({ ...q, acceptedAt: q.acceptedAt?.toISOString() ?? null })),
    mayAnswer: mayAnswerPlans(handle.member.role),
    // The plan the family is being asked about turning down, while it can still be.
    declining: (() => {
      const asked = new URL(request.url).searchParams.get('decline')
      const q = quotes.find(
        (q) => q.referralId === asked && planStillOpen(q, quotes) && mayAnswerPlans(handle.member.role),
      )
      return q
        ? {
            referralId: q.referralId,
            providerId: q.providerId,
            providerName: q.providerName,
            version: q.referralVersion,
          }
        : null
    })(),
    accepted: new URL(request.url).searchParams.get('accepted') === '1',
    declined: new URL(request.url).searchParams.get('declined') === '1',
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const fields = await readFields(request)
  const referralId = parseReferralId(fields['referral']?.[0] ?? '')
  const version = Number(fields['version']?.[0])
  if (!referralId || !Number.isSafeInteger(version)) throw data(null, { status: 404 })
  if (fields['intent']?.[0] === 'decline') {
    const provider = parseProviderId(fields['provider']?.[0] ?? '')
    if (!provider) throw data(null, { status: 404 })
    // Turning a plan down cannot be undone: it is asked first, and only a confirmed one is done.
    if (fields['confirm']?.[0] !== 'yes')
      throw redirect(
        `/patient/cases/${handle.case.id}/quotes?decline=${encodeURIComponent(referralId)}#decline-plan`,
        303,
      )
    const declined = await handle.declinePlan(provider, version)
    if (!declined.ok) return refuse(declined.error, fields, { field: 'comparison' })
    throw redirect(`/patient/cases/${handle.case.id}/quotes?declined=1`, 303)
  }
  const quoteId = fields['quote']?.[0] ?? ''
  const confirmed = confirmAcceptance(quoteId, fields[acceptConfirmFieldOf(quoteId)]?.[0] === 'yes')
  if (!confirmed.ok) return refuse(confirmed.error, fields)
  const done = await handle.acceptQuote({ referralId, quoteId, seenVersion: version })
  if (!done.ok) return refuse(done.error, fields, { field: 'comparison' })
  throw redirect(`/patient/cases/${handle.case.id}/quotes?accepted=1`, 303)
}

type LoaderQuote = Route.ComponentProps['loaderData']['quotes'][number]

export default function Quotes({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const d = loaderData
  const failed = useFailure(actionData, [
    'comparison',
    ...loaderData.quotes.map((q) => acceptConfirmFieldOf(q.quoteId)),
  ])
  const categories = quoteCategories.filter((c) =>
    d.quotes.some((q) => q.totals.byCategory.some((b) => b.category === c)),
  )
  const family = d.rates[d.currency]
  const conversion = conversionsFor(
    d.quotes.map((q) => q.currency),
    d.currency,
    (code) => code in d.rates,
  )
  const inFamilyCurrency = (q: LoaderQuote) => {
    const from = d.rates[q.currency]
    if (!from || !family || q.currency === d.currency) return null
    return t('quotes.converted', {
      amount: formatMoneyAmount(
        locale,
        convertMoney(q.totals.overall, from.perUsd, family.perUsd),
        d.currency,
      ),
      date: formatDate(locale, new Date(`${from.asOf}T00:00:00Z`)),
    })
  }
  const row = (header: string, cell: (q: LoaderQuote, i: number) => ReactNode) => (
    <tr>
      <th scope="row">{header}</th>
      {d.quotes.map((q, i) => (
        <td key={q.quoteId}>{cell(q, i)}</td>
      ))}
    </tr>
  )
  const list = (items: readonly string[], differing: readonly string[]) =>
    // An empty list is what the clinic left blank, not "nothing is included".
    items.length === 0 ? (
      t('quotes.notListed')
    ) : (
      <ul className="list">
        {items.map((item) => (
          <li key={item} dir="auto">
            {item} {differing.includes(item) ? <Tag tone="yellow">{t('quotes.notInEvery')}</Tag> : null}
          </li>
        ))}
      </ul>
    )
  return (
    <div>
      <PageHeader
        title={t('quotes.title')}
        caption={t('case.reference', { reference: d.reference })}
        back={`/patient/cases/${d.caseId}`}
        failure={failed}
      />
      <CaseNav caseId={d.caseId} current="quotes" />
      {d.accepted && !failed.failed ? <NotificationBanner title={t('quotes.acceptedBanner')} /> : null}
      {d.declined && !failed.failed ? <NotificationBanner title={t('quotes.declinedBanner')} /> : null}
      {d.declining ? (
        <AskFirst
          id="decline-plan"
          question={t('quotes.declineQuestion', { clinic: d.declining.providerName })}
          fields={{
            intent: 'decline',
            referral: d.declining.referralId,
            provider: d.declining.providerId,
            version: String(d.declining.version),
          }}
          yes={t('quotes.declineYes')}
          no={t('quotes.declineNo')}
        >
          <p className="body">{t('quotes.declineHint')}</p>
          <p className="body">{t('quotes.declineFinal')}</p>
        </AskFirst>
      ) : null}
      {d.opinions.length > 0 ? (
        <Section id="second-opinion" title={t('secondOpinion.title')}>
          <SecondOpinionRequests requests={d.opinions} />
        </Section>
      ) : null}
      {d.quotes.length === 0 ? (
        <p className="body">{t('quotes.empty')}</p>
      ) : (
        <>
          <p className="body two-thirds" id="comparison" tabIndex={-1}>
            {t('quotes.lede')}
          </p>
          {/* Only when some quote is converted: a comparison all in the family's currency has no rate to explain. */}
          {conversion.converted.length > 0 ? (
            <p className="hint">{t('quotes.rateNote', { currency: d.currency })}</p>
          ) : null}
          {conversion.unconverted.length > 0 ? (
            <p className="hint" data-testid="quotes-unconverted">
              {t('quotes.noRate', {
                currencies: formatList(locale, conversion.unconverted),
                currency: d.currency,
              })}
            </p>
          ) : null}
          {/* Focusable and named, so its words stay whole and it scrolls instead (see the Table pattern). */}
          <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="quote-comparison-caption">
            <table className="table" data-testid="quote-comparison">
              <caption className="visually-hidden" id="quote-comparison-caption">
                {t('quotes.caption')}
              </caption>
              <thead>
                <tr>
                  <td />
                  {d.quotes.map((q) => (
                    <th scope="col" key={q.quoteId}>
                      {q.providerName}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {row(t('quotes.row.status'), (q) => (
                  <Tag tone={q.referralStatus === 'accepted' ? 'green' : 'blue'}>
                    {t(
                      `quotes.status.${q.referralStatus === 'accepted' ? 'accepted' : q.referralStatus === 'plan-proposed' ? 'proposed' : 'closed'}` as MessageKey,
                    )}
                  </Tag>
                ))}
                {row(t('quotes.row.doctor'), (q) =>
                  t('plan.signedBy', {
                    name: q.plan.doctor.name,
                    number: q.plan.doctor.registrationNumber,
                    council: q.plan.doctor.registrationCouncil,
                  }),
                )}
                {row(t('quotes.row.sessions'), (q) => formatNumber(locale, q.plan.sessions))}
                {row(t('quotes.row.stay'), (q) => t('quotes.days', { days: q.plan.lengthOfStayDays }))}
                {categories.map((c) => (
                  <tr key={c}>
                    <th scope="row">{t(`quote.category.${c}` as MessageKey)}</th>
                    {d.quotes.map((q) => {
                      const total = q.totals.byCategory.find((b) => b.category === c)?.total
                      return (
                        <td key={q.quoteId}>
                          {total ? formatQuoteMoney(locale, total) : t('quotes.notItemised')}
                        </td>
                      )
                    })}
                  </tr>
                ))}
                {row(t('quotes.row.total'), (q) => (
                  <>
                    <strong>{formatQuoteMoney(locale, q.totals.overall)}</strong>
                    {inFamilyCurrency(q) ? <p className="hint">{inFamilyCurrency(q)}</p> : null}
                  </>
                ))}
                {row(t('quotes.row.validUntil'), (q) =>
                  formatDate(locale, new Date(`${q.validUntil}T00:00:00Z`)),
                )}
                {row(t('quotes.row.inclusions'), (q, i) =>
                  list(q.inclusions, d.differences.inclusions[i] ?? []),
                )}
                {row(t('quotes.row.exclusions'), (q, i) =>
                  list(q.exclusions, d.differences.exclusions[i] ?? []),
                )}
                {row(t('quotes.row.warnings'), (q) =>
                  q.warnings.length === 0 ? (
                    t('quotes.none')
                  ) : (
                    <ul className="list">
                      {q.warnings.map((w) => (
                        <li key={w}>{t(`listing.reason.${w}` as MessageKey)}</li>
                      ))}
                    </ul>
                  ),
                )}
              </tbody>
            </table>
          </div>
          {d.quotes.map((q) => (
            <QuoteDetails
              caseId={d.caseId}
              key={q.quoteId}
              quote={q}
              mayAccept={d.mayAnswer && planStillOpen(q, d.quotes)}
              answeredByOthers={!d.mayAnswer && planStillOpen(q, d.quotes)}
              failed={failed}
            />
          ))}
        </>
      )}
    </div>
  )
}

function QuoteDetails({
  quote: q,
  mayAccept,
  answeredByOthers,
  caseId,
  failed,
}: {
  quote: LoaderQuote
  mayAccept: boolean
  /** Still open, but for the patient or the person acting for them to answer. */
  answeredByOthers: boolean
  caseId: string
  failed: FailureView
}) {
  const t = useT()
  const headingId = `quote-${q.quoteId}`
  return (
    <section aria-labelledby={headingId} data-testid={`quote-${q.providerId}`}>
      <h2 className="heading-m" id={headingId}>
        {t('quotes.details', { clinic: q.providerName })}
      </h2>
      <QuoteBody
        quote={q}
        id={`${headingId}-lines`}
        caption={t('quotes.lines', { clinic: q.providerName })}
      />
      <p className="body">
        <a href={casePath(caseId, `quotes/${q.quoteId}/pdf`)} download>
          {t('quotes.pdf', { clinic: q.providerName })}
        </a>
      </p>
      {q.acceptedAt ? <p className="body">{t('quotes.frozen')}</p> : null}
      {answeredByOthers ? <p className="body">{t('quotes.answeredByPatient')}</p> : null}
      {mayAccept ? (
        <Form method="post">
          <input type="hidden" name="referral" value={q.referralId} />
          <input type="hidden" name="quote" value={q.quoteId} />
          <input type="hidden" name="version" value={q.referralVersion} />
          <Choices
            type="checkbox"
            name={acceptConfirmFieldOf(q.quoteId)}
            legend={t('quotes.acceptConfirm.legend', { clinic: q.providerName })}
            hint={t('quotes.acceptHint')}
            error={failed.errorFor(acceptConfirmFieldOf(q.quoteId))}
            selected={[]}
            options={[{ value: 'yes', label: t('quotes.acceptConfirm.label', { clinic: q.providerName }) }]}
          />
          <Button>{t('quotes.accept', { clinic: q.providerName })}</Button>
        </Form>
      ) : null}
      {mayAccept ? (
        <Form method="post">
          <input type="hidden" name="intent" value="decline" />
          <input type="hidden" name="referral" value={q.referralId} />
          <input type="hidden" name="provider" value={q.providerId} />
          <input type="hidden" name="version" value={q.referralVersion} />
          <p className="hint">{t('quotes.declineHint')}</p>
          <Button variant="secondary">{t('quotes.decline', { clinic: q.providerName })}</Button>
        </Form>
      ) : null}
    </section>
  )
}
