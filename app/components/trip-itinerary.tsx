import type { ReactNode } from 'react'
import { Form } from 'react-router'
import { formatDate, formatDateTime, isolated } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { zoneName } from '#domain/intake/time-zones.ts'
import { checklistGroups, type ChecklistGroup } from '#domain/travel/pre-departure-checklist.ts'
import type { TripItem, ZonedMoment } from '#domain/travel/trip-items.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { visaNameIn } from '#app/lib/visa-name.ts'

// The trip as the family, the clinic and the coordinator read it (issue 17,
// ADR 0064): the fit-to-fly outcome, the visa warning, the itinerary in time
// order with each time in its own place's zone (the zone named), the people
// to call, and the pre-departure checklist.

export type TripItemData = { id: string; version: number; item: TripItem }
export type TripData = {
  fitToFly: {
    outcome: string
    reasons: string[]
    oxygen: boolean
    signOff: { by: string; date: string } | null
    hypoxicChallenge: string
    recordedAt: string
  } | null
  timed: TripItemData[]
  people: TripItemData[]
  visa: {
    outlasts: boolean
    arrival: string | null
    visaLastDay: string | null
    validityDays: number
    visaName: string
    /** The rules' id, which names the visa in the viewer's language. */
    visaId: string
  } | null
  checklist: { ticked: string[]; progress: { done: number; total: number } }
}

const day = (locale: ReturnType<typeof useLocale>, iso: string) =>
  formatDate(locale, new Date(`${iso}T00:00:00Z`))

export function FitToFlySummary({ fit }: { fit: TripData['fitToFly'] }) {
  const t = useT()
  const locale = useLocale()
  return (
    <section aria-labelledby="fit-heading">
      <h2 className="heading-m" id="fit-heading">
        {t('trip.fit.heading')}
      </h2>
      {!fit ? (
        <p className="body">{t('trip.fit.none')}</p>
      ) : (
        <>
          <p className="body">
            <strong>{t(`trip.fit.outcome.${fit.outcome}` as MessageKey)}</strong>
          </p>
          {fit.oxygen ? <p className="body">{t('trip.fit.oxygen')}</p> : null}
          {fit.reasons.length > 0 ? (
            <>
              <h3 className="heading-s">{t('trip.fit.reasonsHeading')}</h3>
              <ul className="list list--bullet">
                {fit.reasons.map((r) => (
                  <li key={r}>{t(`trip.fit.reason.${r}` as MessageKey)}</li>
                ))}
              </ul>
            </>
          ) : null}
          <ul className="list">
            {fit.signOff ? (
              <li>{t('trip.fit.signOff', { by: fit.signOff.by, date: day(locale, fit.signOff.date) })}</li>
            ) : null}
            <li>{t(`trip.fit.test.${fit.hypoxicChallenge}` as MessageKey)}</li>
            <li>{t('trip.fit.recordedAt', { date: formatDate(locale, new Date(fit.recordedAt)) })}</li>
          </ul>
        </>
      )}
      <p className="body hint">{t('trip.fit.why')}</p>
    </section>
  )
}

export function VisaNotice({ visa }: { visa: TripData['visa'] }) {
  const t = useT()
  const locale = useLocale()
  if (!visa) return null
  const name = visaNameIn(t, { id: visa.visaId, name: visa.visaName })
  return (
    <>
      {visa.outlasts ? (
        <NotificationBanner
          tone="warning"
          title={t('trip.visa.warning', { visa: name, days: visa.validityDays })}
        />
      ) : null}
      {visa.arrival && visa.visaLastDay ? (
        <p className="body">
          {t('trip.visa.window', {
            arrival: day(locale, visa.arrival),
            visa: name,
            lastDay: day(locale, visa.visaLastDay),
          })}
        </p>
      ) : null}
    </>
  )
}

function When({
  m,
  label,
}: {
  m: ZonedMoment
  label: 'trip.item.departs' | 'trip.item.arrives' | 'trip.item.pickupAt'
}) {
  const t = useT()
  const locale = useLocale()
  const at = new Date(m.at)
  // The zone by its name in the reader's language ("India Standard Time"), never the raw id.
  return <>{t(label, { time: formatDateTime(locale, at, m.zone), zone: zoneName(locale, m.zone, at) })}</>
}

function ItemText({ item }: { item: TripItem }) {
  const t = useT()
  const locale = useLocale()
  const tags = (pairs: [boolean, MessageKey][]) =>
    pairs.filter(([on]) => on).map(([, key]) => <li key={key}>{t(key)}</li>)
  switch (item.kind) {
    case 'flight':
      return (
        <>
          <h3 className="heading-s">
            {t('trip.item.flight', { number: item.number, from: item.from, to: item.to })}
          </h3>
          <ul className="list">
            <li>{t('trip.item.flightCarrier', { carrier: item.carrier })}</li>
            <li>
              <When m={item.departs} label="trip.item.departs" />
            </li>
            <li>
              <When m={item.arrives} label="trip.item.arrives" />
            </li>
          </ul>
        </>
      )
    case 'stay':
      return (
        <>
          <h3 className="heading-s">{t('trip.item.stay', { name: isolated(item.name) })}</h3>
          <ul className="list">
            <li>
              {/* Typed in any script: kept in its own direction, so "12 Residency Road" stays whole in Arabic. */}
              <span dir="auto">{item.address}</span>
            </li>
            <li>
              {t('trip.item.stayDates', {
                checkIn: day(locale, item.checkIn),
                checkOut: day(locale, item.checkOut),
              })}
            </li>
            {tags([
              [item.accessibleRoom, 'trip.item.accessibleRoom'],
              [item.hoist, 'trip.item.hoist'],
              [item.powerForNiv, 'trip.item.powerForNiv'],
            ])}
          </ul>
        </>
      )
    case 'pickup':
      return (
        <>
          <h3 className="heading-s">{t('trip.item.pickup', { place: isolated(item.place) })}</h3>
          <ul className="list">
            <li>
              <When m={item.at} label="trip.item.pickupAt" />
            </li>
            {tags([[item.wheelchairVehicle, 'trip.item.wheelchairVehicle']])}
          </ul>
        </>
      )
    case 'interpreter':
      return (
        <p className="body">
          {t('trip.item.interpreter', { name: isolated(item.name), languages: isolated(item.languages) })}
          <br />
          {t('trip.item.phone', { phone: isolated(item.phone) })}
        </p>
      )
    case 'contact':
      return (
        <p className="body">
          {t('trip.item.contact', { name: isolated(item.name), role: isolated(item.role) })}
          <br />
          {t('trip.item.phone', { phone: isolated(item.phone) })}
        </p>
      )
  }
}

/** The itinerary in time order, then the people to call; `actions` adds the coordinator's buttons to each. */
export function Itinerary({
  trip,
  calendarHref,
  actions,
}: {
  trip: Pick<TripData, 'timed' | 'people'>
  calendarHref: string
  actions?: (i: TripItemData) => ReactNode
}) {
  const t = useT()
  return (
    <section aria-labelledby="itinerary-heading">
      <h2 className="heading-m" id="itinerary-heading">
        {t('trip.plan.heading')}
      </h2>
      {trip.timed.length === 0 ? (
        <p className="body">{t('trip.plan.empty')}</p>
      ) : (
        <>
          <p className="body hint">{t('trip.plan.zoneNote')}</p>
          <ol className="list trip-itinerary">
            {trip.timed.map((i) => (
              <li key={i.id} className="trip-itinerary__item">
                <ItemText item={i.item} />
                {actions?.(i)}
              </li>
            ))}
          </ol>
          <p className="body">
            <a href={calendarHref} download>
              {t('trip.calendar')}
            </a>
          </p>
        </>
      )}
      {trip.people.length > 0 ? (
        <>
          <h2 className="heading-m">{t('trip.plan.people')}</h2>
          <ul className="list">
            {trip.people.map((i) => (
              <li key={i.id} className="trip-itinerary__item">
                <ItemText item={i.item} />
                {actions?.(i)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

/** The pre-departure checklist: ticked by the family (a plain form), read by the others. */
export function Checklist({ checklist, editable }: { checklist: TripData['checklist']; editable: boolean }) {
  const t = useT()
  const ticked = new Set(checklist.ticked)
  const groups = Object.keys(checklistGroups) as ChecklistGroup[]
  const body = groups.map((g) =>
    editable ? (
      <Choices
        key={g}
        type="checkbox"
        name="done"
        id={`done-${g}`}
        legend={t(`trip.checklist.group.${g}` as MessageKey)}
        options={checklistGroups[g].map((item) => ({
          value: item,
          label: t(`trip.checklist.${item}` as MessageKey),
        }))}
        selected={checklist.ticked}
      />
    ) : (
      <div key={g}>
        <h3 className="heading-s">{t(`trip.checklist.group.${g}` as MessageKey)}</h3>
        <ul className="list list--bullet">
          {checklistGroups[g].map((item) => (
            <li key={item}>
              {t(`trip.checklist.${item}` as MessageKey)}: {ticked.has(item) ? t('trip.yes') : t('trip.no')}
            </li>
          ))}
        </ul>
      </div>
    ),
  )
  return (
    <section aria-labelledby="checklist-heading">
      <h2 className="heading-m" id="checklist-heading">
        {t('trip.checklist.heading')}
      </h2>
      <p className="body">{t('trip.checklist.progress', checklist.progress)}</p>
      {editable ? (
        <Form method="post" noValidate>
          <input type="hidden" name="command" value="checklist" />
          {body}
          <Button>{t('trip.checklist.save')}</Button>
        </Form>
      ) : (
        body
      )}
      <p className="body hint">{t('trip.checklist.sources')}</p>
    </section>
  )
}
