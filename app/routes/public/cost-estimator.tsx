import { Form } from 'react-router'
import { Field } from '#app/components/patterns/field.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { runtime } from '#app/request.server.ts'
import {
  cellTypes,
  convertUsdCents,
  destinations,
  estimateTrip,
  facilities,
  limits,
  purposes,
  type EstimateInput,
} from '#domain/estimate/estimate-trip.ts'
import { formatDate, formatMoney, displayName } from '#domain/i18n/format.ts'
import { typedCount, type CountProblem } from '#domain/estimate/typed-count.ts'
import { failureView } from '#app/lib/action-failure.ts'
import { listExchangeRates } from '#server/use-cases/catalogue/public-catalogue.ts'
import type { Route } from './+types/cost-estimator'
import { publicPageHeaders } from '#app/lib/public-page.ts'

export const headers = publicPageHeaders

function choice<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback
}
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const p = url.searchParams
  const rates = await listExchangeRates(await runtime())
  const currency = choice(
    p.get('currency'),
    rates.map((r) => r.currency),
    'USD',
  )
  const rate = rates.find((r) => r.currency === currency)!
  const perUsd = Number(rate.perUsd)
  const problems: CountProblem[] = []
  const count = (field: string, range: readonly [number, number], fallback: number) => {
    const read = typedCount(field, p.get(field), range, fallback)
    if (read.problem) problems.push(read.problem)
    return read.value
  }
  // The flight price is typed in the currency the form showed, within the estimate's own limit.
  // Changing the currency in the same form converts it: 700 US dollars did not become 700 rupees.
  const typedIn = rates.find((r) => r.currency === p.get('flightCurrency')) ?? rate
  const typedPerUsd = Number(typedIn.perUsd)
  const typedFlight = count(
    'flight',
    [0, Math.floor((limits.flight[1] / 100) * typedPerUsd)],
    Math.round(700 * typedPerUsd),
  )
  const flight = Math.round((typedFlight / typedPerUsd) * perUsd)
  const input: EstimateInput = {
    purpose: choice(p.get('purpose'), purposes, 'mdt'),
    cellType: choice(p.get('cellType'), cellTypes, 'none'),
    sessions: count('sessions', limits.sessions, 1),
    facility: choice(p.get('facility'), facilities, 'hospital'),
    adjunctDays: count('adjunctDays', limits.adjunctDays, 0),
    nights: count('nights', limits.nights, 7),
    destination: choice(p.get('destination'), destinations, 'IN'),
    attendants: count('attendants', limits.attendants, 1),
    flightPerPersonUsdCents: Math.round((typedFlight / typedPerUsd) * 100),
  }
  // A number refused is said on its field, and no estimate is made from a value nobody typed.
  const estimate = p.has('purpose') && problems.length === 0 ? estimateTrip(input) : null
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  return {
    input,
    flight,
    // A refused flight price is shown back as typed, so its box keeps the currency it was typed in.
    flightCurrency: problems.some((x) => x.field === 'flight') ? typedIn.currency : currency,
    problems,
    /** What was typed in each refused field, to show it back. */
    typed: Object.fromEntries(problems.map((x) => [x.field, [p.get(x.field) ?? '']])),
    currency,
    digits,
    perUsd,
    rate: { asOf: String(rate.asOf), source: rate.source },
    currencies: rates.map((r) => r.currency),
    estimate: estimate && {
      low: convertUsdCents(estimate.low, perUsd, digits),
      high: convertUsdCents(estimate.high, perUsd, digits),
      lines: estimate.lines.map((l) => ({
        id: l.id,
        low: convertUsdCents(l.low, perUsd, digits),
        high: convertUsdCents(l.high, perUsd, digits),
      })),
    },
  }
}

export default function CostEstimator({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const regions = { of: (code: string) => displayName(locale, 'region', code) }
  // formatMoney expects minor units of two digits; scale for zero-digit currencies.
  const money = (minor: number) => formatMoney(locale, d.digits === 0 ? minor * 100 : minor, d.currency)
  const failed = failureView(
    d.problems.length > 0
      ? {
          failed: true,
          values: d.typed,
          errors: d.problems.map((x) => ({
            field: x.field,
            key: 'estimator.error.count',
            values: { min: x.min, max: x.max },
          })),
        }
      : null,
    t,
    ['sessions', 'adjunctDays', 'nights', 'attendants', 'flight'],
  )
  const number = (name: string, label: string, value: number) => (
    <Field
      // Keyed on what it shows, so a new estimate's value replaces the old one with JavaScript on.
      key={`${name}-${failed.value(name, String(value))}`}
      name={name}
      label={label}
      inputMode="numeric"
      width="half"
      defaultValue={failed.value(name, String(value))}
      error={failed.errorFor(name)}
      dir="ltr"
    />
  )
  return (
    <>
      <PageHeader title={t('estimator.title')} lede={t('estimator.lede')} failure={failed} />
      <div className="inset-text">
        <p className="body">{t('estimator.warning')}</p>
      </div>
      <Form method="get" className="two-thirds">
        <SelectField
          name="purpose"
          label={t('estimator.treatment')}
          value={d.input.purpose}
          options={['mdt', 'niv', 'peg', 'rehab', 'trial-visit'].map((v) => ({
            value: v,
            label: t(`estimator.treatment.${v as 'mdt'}`),
          }))}
        />
        <SelectField
          name="cellType"
          label={t('estimator.cellType')}
          value={d.input.cellType}
          options={['none', 'autologous-bone-marrow', 'autologous-adipose', 'allogeneic-umbilical-cord'].map(
            (v) => ({ value: v, label: t(`estimator.cellType.${v as 'none'}`) }),
          )}
        />
        {number('sessions', t('estimator.sessions'), d.input.sessions)}
        <SelectField
          name="facility"
          label={t('estimator.facility')}
          value={d.input.facility}
          options={['clinic', 'hospital', 'accredited-hospital'].map((v) => ({
            value: v,
            label: t(`estimator.facility.${v as 'clinic'}`),
          }))}
        />
        {number('adjunctDays', t('estimator.adjunct'), d.input.adjunctDays)}
        {number('nights', t('estimator.stay'), d.input.nights)}
        <SelectField
          name="destination"
          label={t('estimator.country')}
          value={d.input.destination}
          options={destinations.map((c) => ({ value: c, label: regions.of(c) ?? c }))}
        />
        {number('attendants', t('estimator.attendants'), d.input.attendants)}
        <SelectField
          name="currency"
          label={t('estimator.currency')}
          value={d.currency}
          options={d.currencies.map((c) => ({ value: c, label: c }))}
        />
        {number('flight', t('estimator.travelFrom', { currency: d.flightCurrency }), d.flight)}
        <input type="hidden" name="flightCurrency" value={d.flightCurrency} />
        <button type="submit" className="button button--primary">
          {t('estimator.calculate')}
        </button>
      </Form>
      {d.estimate ? (
        <section aria-labelledby="estimate-result" className="section">
          <h2 className="heading-l" id="estimate-result" tabIndex={-1} data-navigation-focus="">
            {t('estimator.result', { low: money(d.estimate.low), high: money(d.estimate.high) })}
          </h2>
          <Table
            rows={d.estimate.lines}
            columns={[
              { header: t('estimator.line'), rowHeader: true, cell: (l) => t(`estimator.line.${l.id}`) },
              { header: t('estimator.low'), cell: (l) => money(l.low) },
              { header: t('estimator.high'), cell: (l) => money(l.high) },
            ]}
          />
          <p className="hint">{t('estimator.assumptions')}</p>
          <p className="hint">
            {t('compare.rates', { date: formatDate(locale, new Date(d.rate.asOf)), source: d.rate.source })}
          </p>
        </section>
      ) : null}
    </>
  )
}
