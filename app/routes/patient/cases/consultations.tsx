import { Form, redirect } from 'react-router'
import { slotTimes } from '#domain/consultations/slot-times.ts'
import { CasePage } from '#app/components/case-nav.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { AskFirst } from '#app/components/patterns/ask-first.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { localeOf } from '#app/request.server.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import { currentZones, timeZoneChoices, zoneName } from '#domain/intake/time-zones.ts'
import type { Route } from './+types/consultations'

// The family's video consultations (ADR 0047): the free slots of the clinics
// the case is referred to now, in the family's zone (their choice here, else
// the zone they gave in the intake) with the clinic's beside it; book one,
// move it to another slot of that clinic, or cancel it. Plain forms: it all
// works without JavaScript.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const url = new URL(request.url)
  const zone = handle.timeZone(url.searchParams.get('zone'))
  const locale = localeOf(request)
  const data = await handle.consultations()
  const times = (slot: Parameters<typeof slotTimes>[0]) => {
    const t = slotTimes(slot, zone, locale)
    return {
      family: t.family.text,
      familyOffset: t.family.offsetLabel,
      clinic: t.clinic.text,
      // The zone by its name in the reader's language, never the raw id (Asia/Amman).
      clinicZone: zoneName(locale, t.clinic.timeZone, slot.start),
      sameClock: t.sameClock,
    }
  }
  return {
    caseId: handle.case.id,
    zone,
    // The ids stay the options' values; people choose by country, city and offset.
    zones: timeZoneChoices(locale, currentZones(Intl.supportedValuesOf('timeZone')), new Date()),
    clinics: data.clinics,
    freeSlots: data.freeSlots.map((s) => ({
      id: s.id,
      providerId: s.clinicId,
      providerName: s.providerName,
      ...times(s),
    })),
    consultations: data.consultations
      .filter((c) => c.status === 'booked')
      .map((c) => ({
        id: c.id,
        providerId: c.clinicId,
        providerName: c.providerName,
        upcoming: c.upcoming,
        meetingUrl: c.meetingUrl,
        ...times(c.slot),
      })),
    // Only the codes this page knows, never text from the address bar.
    done: (['book', 'reschedule', 'cancel'] as const).find((c) => c === url.searchParams.get('done')) ?? null,
    // The booking whose cancellation is being asked about (`?cancel=<id>`): asked first, as a page.
    cancelling: url.searchParams.get('cancel'),
    // The zone chosen on the page, kept by the links that stay on it.
    zoneQuery: url.searchParams.get('zone')
      ? `zone=${encodeURIComponent(url.searchParams.get('zone')!)}`
      : '',
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const fields = await readFields(request)
  const one = (name: string) => fields[name]?.[0] ?? ''
  const command = one('command')
  const chosenZone = new URL(request.url).searchParams.get('zone')
  const zoneParam = chosenZone ? `&zone=${encodeURIComponent(chosenZone)}` : ''
  const result =
    command === 'book'
      ? one('slotId')
        ? await handle.bookConsultation(one('slotId'))
        : null
      : command === 'reschedule'
        ? one('slotId')
          ? await handle.rescheduleConsultation(one('consultationId'), one('slotId'))
          : null
        : command === 'cancel'
          ? one('confirm') === 'yes'
            ? await handle.cancelConsultation(one('consultationId'))
            : null
          : undefined
  if (result === undefined) return failure(fields, [{ field: 'slotId', key: 'error.generic' }])
  // A cancellation not yet confirmed asks first (a form posted without the question's "yes").
  if (result === null && command === 'cancel')
    throw redirect(
      `${casePath(handle.case.id, 'consultations')}?cancel=${encodeURIComponent(one('consultationId'))}${zoneParam}#cancel-${encodeURIComponent(one('consultationId'))}`,
      303,
    )
  if (result === null)
    return failure(fields, [
      {
        field: command === 'book' ? 'slotId' : `move-${one('consultationId')}`,
        key: 'consultations.chooseSlot',
      },
    ])
  if (!result.ok) {
    // A move's choice of slot is its own list on the page.
    const field =
      command === 'reschedule' && 'field' in result.error && result.error.field === 'slotId'
        ? `move-${one('consultationId')}`
        : undefined
    return refuse(field ? { ...result.error, field } : result.error, fields)
  }
  const zone = new URL(request.url).searchParams.get('zone')
  throw redirect(
    `${casePath(handle.case.id, 'consultations')}?done=${command}${zone ? `&zone=${encodeURIComponent(zone)}` : ''}`,
    303,
  )
}

export default function Consultations({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const d = loaderData
  const failed = useFailure(actionData)
  const label = (s: {
    providerName: string
    family: string
    clinic: string
    clinicZone: string
    sameClock: boolean
  }) =>
    s.sameClock
      ? t('consultations.slotSame', { clinic: s.providerName, when: s.family })
      : t('consultations.slot', {
          clinic: s.providerName,
          when: s.family,
          clinicWhen: s.clinic,
          clinicZone: s.clinicZone,
        })
  const bookedWith = new Set(d.consultations.map((c) => c.providerId))
  const bookable = d.freeSlots.filter((s) => !bookedWith.has(s.providerId))
  return (
    <CasePage caseId={d.caseId} current="consultations" title={t('consultations.title')} failure={failed}>
      {d.done && !failed.failed ? <NotificationBanner title={t(`consultations.done.${d.done}`)} /> : null}
      <p className="body two-thirds">{t('consultations.lede')}</p>
      <Form method="get" className="inline-form">
        <SelectField
          name="zone"
          label={t('consultations.zone')}
          hint={t('consultations.zoneHint')}
          value={d.zone}
          options={d.zones.map((z) => ({ value: z.zone, label: t('intake.timeZone.option', z) }))}
        />
        <Button variant="secondary">{t('consultations.zoneButton')}</Button>
      </Form>

      {d.consultations.length > 0 ? (
        <>
          <h2 className="heading-m">{t('consultations.booked')}</h2>
          {d.consultations.map((c) => {
            const others = d.freeSlots.filter((s) => s.providerId === c.providerId)
            return (
              <section key={c.id} className="summary-card" aria-label={c.providerName}>
                <p className="body">
                  <Tag tone="green">{t('consultations.bookedTag')}</Tag> {label(c)}
                </p>
                <p className="body">
                  {t('consultations.join')}:{' '}
                  <a href={c.meetingUrl} dir="ltr">
                    {c.meetingUrl}
                  </a>
                </p>
                {c.upcoming && others.length > 0 ? (
                  <Form method="post" noValidate>
                    <input type="hidden" name="command" value="reschedule" />
                    <input type="hidden" name="consultationId" value={c.id} />
                    <Choices
                      type="radio"
                      name="slotId"
                      id={`move-${c.id}`}
                      legend={t('consultations.moveTo')}
                      error={failed.errorFor(`move-${c.id}`)}
                      selected={failed.values('slotId')}
                      options={others.map((s) => ({ value: s.id, label: label(s) }))}
                    />
                    <Button variant="secondary">{t('consultations.move')}</Button>
                  </Form>
                ) : null}
                {c.upcoming && d.cancelling === c.id ? (
                  <AskFirst
                    id={`cancel-${c.id}`}
                    headingLevel={3}
                    question={t('consultations.cancelAsk', { clinic: c.providerName })}
                    fields={{ command: 'cancel', consultationId: c.id }}
                    yes={t('consultations.cancelYes')}
                    no={t('consultations.cancelNo')}
                    noTo={d.zoneQuery ? `?${d.zoneQuery}` : '?'}
                  >
                    <p className="body">{t('consultations.cancelConsequence')}</p>
                  </AskFirst>
                ) : c.upcoming ? (
                  // Posted without the question's "yes", it comes back as the question (the action).
                  <PostButton
                    fields={{ command: 'cancel', consultationId: c.id }}
                    label={t('consultations.cancel')}
                    context={c.providerName}
                    variant="warning"
                  />
                ) : null}
              </section>
            )
          })}
        </>
      ) : null}

      <h2 className="heading-m">{t('consultations.available')}</h2>
      {d.clinics.length === 0 ? (
        <p className="body">{t('consultations.noReferrals')}</p>
      ) : bookable.length === 0 ? (
        // A clinic already booked offers its other free times as a move, above.
        <p className="body">
          {t(bookedWith.size > 0 ? 'consultations.noOtherSlots' : 'consultations.noSlots')}
        </p>
      ) : (
        <Form method="post" noValidate>
          <input type="hidden" name="command" value="book" />
          <Choices
            type="radio"
            name="slotId"
            legend={t('consultations.choose')}
            error={failed.errorFor('slotId')}
            selected={failed.values('slotId')}
            options={bookable.map((s) => ({ value: s.id, label: label(s) }))}
          />
          <Button>{t('consultations.book')}</Button>
        </Form>
      )}
    </CasePage>
  )
}
