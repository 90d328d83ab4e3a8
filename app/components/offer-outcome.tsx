import { englishTextIn } from '#app/lib/english-text.ts'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { formatDate, formatNumber } from '#domain/i18n/format.ts'
import { localeInfo, type Locale } from '#domain/i18n/locales.ts'
import { REGISTRY_THRESHOLD, type MilestoneFigures } from '#domain/outcomes/cohort-figures.ts'
import type { StoredOutcome } from '#domain/outcomes/registry-cohorts.ts'

/** Points a month, signed, to two decimals: "+0.35", "−0.12". */
const slope = (locale: Locale, value: number) =>
  new Intl.NumberFormat(localeInfo[locale].intl, {
    signDisplay: 'exceptZero',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value)

const percent = (locale: Locale, value: number) =>
  new Intl.NumberFormat(localeInfo[locale].intl, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value)

/**
 * One offer's registry figures (ADR 0067). Below the threshold, or with no
 * one treated yet, one plain sentence and no number but the threshold: a
 * zero would read as "nobody got worse".
 */
export function OfferOutcome({
  id,
  title,
  computedOn,
  outcome,
}: {
  id: string
  title: string
  computedOn: string | null
  outcome: StoredOutcome | null
}) {
  const t = useT()
  const locale = useLocale()
  const n = (value: number) => formatNumber(locale, value)
  const milestone = (m: MilestoneFigures) =>
    t('outcomes.milestone', {
      withData: n(m.withData),
      due: n(m.due),
      lost: n(m.lost),
      notYetDue: n(m.notYetDue),
    })
  const english = englishTextIn(locale)
  return (
    <section className="offer" aria-labelledby={id}>
      <h2 className="heading-l" id={id} {...english}>
        {title}
      </h2>
      {outcome?.shown ? (
        <SummaryList
          rows={[
            { key: t('outcomes.treated'), value: t('outcomes.people', { count: outcome.figures.treated }) },
            { key: t('outcomes.sixMonths'), value: milestone(outcome.figures.sixMonths) },
            { key: t('outcomes.twelveMonths'), value: milestone(outcome.figures.twelveMonths) },
            {
              key: t('outcomes.slopeChange'),
              value:
                outcome.figures.slopeChange.median === null ? (
                  t('outcomes.slopeNone')
                ) : (
                  <>
                    <p className="body">
                      {t('outcomes.slopeValue', {
                        median: slope(locale, outcome.figures.slopeChange.median),
                      })}
                    </p>
                    <p className="body">
                      {outcome.figures.slopeChange.interval
                        ? t('outcomes.slopeInterval', {
                            low: slope(locale, outcome.figures.slopeChange.interval.low),
                            high: slope(locale, outcome.figures.slopeChange.interval.high),
                            coverage: percent(locale, outcome.figures.slopeChange.interval.coverage),
                          })
                        : t('outcomes.slopeTooFew')}
                    </p>
                    <p className="hint">
                      {t('outcomes.slopeFrom', { count: outcome.figures.slopeChange.people })}
                    </p>
                  </>
                ),
            },
            { key: t('outcomes.serious'), value: n(outcome.figures.seriousAdverseEvents) },
            {
              key: t('outcomes.computedOn'),
              value: computedOn ? formatDate(locale, new Date(`${computedOn}T00:00:00Z`)) : '',
            },
          ]}
        />
      ) : (
        <p className="body">
          {t('outcomes.belowThreshold', { threshold: n(outcome?.threshold ?? REGISTRY_THRESHOLD) })}
        </p>
      )}
    </section>
  )
}
