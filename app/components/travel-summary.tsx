import { formatDate } from '#domain/i18n/format.ts'
import { visaNameIn } from '#app/lib/visa-name.ts'
import type { TravellerForScreen } from '#domain/travel/traveller.ts'
import type { VisaRules } from '#domain/travel/visa-rules.ts'
import type { VisaStatus, VisaStep } from '#domain/travel/visa-status.ts'
import { Section } from '#app/components/patterns/section.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'

// The trip's visa as every audience reads it (issue 17): the destination's
// rules, the stay warning, the travellers with passport numbers masked, and
// where the letter and visa stand. Each page adds its own forms around it.
export type TravelData = {
  plan: { providerName: string; countryCode: string; lengthOfStayDays: number | null }
  rules: VisaRules | null
  stayOutlastsVisa: boolean
  letterOutlastsVisa: number | null
  travellers: (TravellerForScreen & { id: string })[]
  attendantsLeft: number
  letter: {
    status: VisaStatus
    version: number
    requestedAt: string
    checkedAt: string | null
    visaAppliedAt: string | null
    visaDecidedAt: string | null
    documentId: string | null
    letter: { arrival: string | null; departure: string | null; prevalidationReference: string } | null
  } | null
  nextSteps: VisaStep['type'][]
  visaClosed: boolean
}

/** The traveller form's fields, in page order (for the error summary). */
export const travellerFields = ['role', 'name', 'nationality', 'passportNumber', 'passportExpiry'] as const

export function TravelRules({ data }: { data: TravelData }) {
  const t = useT()
  const locale = useLocale()
  const { rules } = data
  if (!rules)
    return (
      <p className="body" data-testid="travel-no-rules">
        {t('travel.noRules', { country: data.plan.countryCode })}
      </p>
    )
  return (
    <Section id="visa-rules" title={t('travel.rules.heading')} size="m">
      {data.stayOutlastsVisa ? (
        <div className="warning-box" data-testid="stay-warning">
          <p className="body">
            {t('travel.warning.stay', {
              days: data.plan.lengthOfStayDays ?? 0,
              validity: rules.visa.validityDays,
            })}
          </p>
        </div>
      ) : null}
      <p className="body">
        {t('travel.rules.validity', {
          visa: visaNameIn(t, { id: rules.id, name: rules.visa.name }),
          days: rules.visa.validityDays,
          entries: rules.visa.entries,
        })}{' '}
        {rules.visa.extendable ? null : t('travel.rules.notExtendable')}
      </p>
      <p className="body">
        {t('travel.rules.attendants', {
          max: rules.attendants.max,
          name: visaNameIn(t, { id: rules.id, name: rules.attendants.name }, 'attendants'),
        })}
      </p>
      <p className="body">{t('travel.rules.letter')}</p>
      <h3 className="heading-s">{t('travel.rules.documents')}</h3>
      <ul className="list list--bullet">
        {rules.documents.map((d) => (
          <li key={d}>{t(`travel.document.${d}`)}</li>
        ))}
      </ul>
      <p className="hint">
        {t('travel.rules.reviewed', { date: formatDate(locale, new Date(rules.reviewDate)) })}
      </p>
    </Section>
  )
}

export function TravellerTable({ data, removable = false }: { data: TravelData; removable?: boolean }) {
  const t = useT()
  const locale = useLocale()
  return (
    <Section id="travellers" title={t('travel.travellers.heading')} size="m">
      {data.travellers.length === 0 ? (
        <p className="body">{t('travel.travellers.none')}</p>
      ) : (
        <Table
          caption={t('travel.travellers.heading')}
          rows={data.travellers}
          columns={[
            { header: t('travel.col.who'), cell: (r) => t(`travel.role.${r.role}`) },
            { header: t('travel.col.name'), cell: (r) => r.name },
            { header: t('travel.col.nationality'), dir: 'ltr', cell: (r) => r.nationality },
            {
              header: t('travel.col.passport'),
              dir: 'ltr',
              cell: (r) => <span data-testid="passport-masked">{r.passportMasked}</span>,
            },
            {
              header: t('travel.col.expiry'),
              cell: (r) => formatDate(locale, new Date(r.passportExpiry)),
            },
            ...(removable
              ? [
                  {
                    header: t('travel.col.change'),
                    cell: (r: TravelData['travellers'][number]) => (
                      <PostButton
                        fields={{ intent: 'remove', traveller: r.id }}
                        label={t('travel.remove')}
                        context={r.name}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <p className="hint">{t('travel.travellers.masked')}</p>
      {removable && data.travellers.length > 0 ? <p className="hint">{t('travel.remove.hint')}</p> : null}
    </Section>
  )
}

export function LetterStatus({ data, downloadHref }: { data: TravelData; downloadHref?: string | null }) {
  const t = useT()
  const locale = useLocale()
  const letter = data.letter
  const when = (iso: string | null) => (iso ? formatDate(locale, new Date(iso)) : '—')
  return (
    <Section id="letter" title={t('travel.letter.heading')} size="m">
      {!letter ? (
        <p className="body">{t('travel.letter.none')}</p>
      ) : (
        <SummaryList
          rows={[
            {
              key: t('travel.letter.status'),
              value: (
                <Tag
                  tone={letter.status === 'refused' ? 'red' : letter.status === 'granted' ? 'green' : 'blue'}
                >
                  <span data-testid="visa-status">{t(`travel.status.${letter.status}`)}</span>
                </Tag>
              ),
            },
            { key: t('travel.letter.requestedAt'), value: when(letter.requestedAt) },
            { key: t('travel.letter.checkedAt'), value: when(letter.checkedAt) },
            { key: t('travel.letter.appliedAt'), value: when(letter.visaAppliedAt) },
            { key: t('travel.letter.decidedAt'), value: when(letter.visaDecidedAt) },
            ...(letter.letter?.arrival && letter.letter.departure
              ? [
                  {
                    key: t('travel.letter.dates'),
                    value: t('travel.letter.datesValue', {
                      arrival: formatDate(locale, new Date(letter.letter.arrival)),
                      departure: formatDate(locale, new Date(letter.letter.departure)),
                    }),
                  },
                ]
              : []),
            ...(letter.letter
              ? [
                  {
                    key: t('travel.letter.reference'),
                    value: <bdi>{letter.letter.prevalidationReference}</bdi>,
                  },
                ]
              : []),
          ]}
        />
      )}
      {data.letterOutlastsVisa !== null && data.rules ? (
        <div className="warning-box" data-testid="letter-warning">
          <p className="body">
            {t('travel.warning.letter', {
              days: data.letterOutlastsVisa,
              validity: data.rules.visa.validityDays,
            })}
          </p>
        </div>
      ) : null}
      {letter?.documentId && downloadHref ? (
        <p className="body">
          <a href={downloadHref} className="link">
            {t('travel.letter.download')}
          </a>
        </p>
      ) : null}
    </Section>
  )
}
