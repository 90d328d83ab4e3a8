import { data as notFoundData, Form, Link, redirect } from 'react-router'
import {
  furthestSlotDays,
  longestSlotMinutes,
  removalAsked,
} from '#domain/consultations/consultation-slot.ts'
import { localOfInstant } from '#domain/consultations/local-time.ts'
import { slotTimes } from '#domain/consultations/slot-times.ts'
import { timeZoneChoices, zoneName } from '#domain/intake/time-zones.ts'
import type { UserId } from '#domain/shared/ids.ts'
import { AskFirst } from '#app/components/patterns/ask-first.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { localeOf, requireArea } from '#app/request.server.ts'
import { caseDeps } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import { clinicSlots, offerSlot, removeSlot } from '#server/use-cases/consultations/clinic-slots.ts'
import { cancelBookingForClinic } from '#server/use-cases/consultations/case-consultations.ts'
import { clinicCancelReasons, parseClinicCancelReason } from '#domain/consultations/clinic-cancel-reasons.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import type { Route } from './+types/consultation-slots'

// A clinic's consultation slots, on the clinic's own wall clock (ADR 0047):
// offer a time (a local date and time in the clinic's zone), see what is
// booked, remove a time nobody booked. A member reaches only the clinics they
// work for; the clinic is chosen among those, never taken from an id alone.
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireArea(request, 'clinic')
  const url = new URL(request.url)
  const data = await clinicSlots(await caseDeps(), viewer.id as UserId, url.searchParams.get('clinic'))
  // Another clinic's id, like every other of its addresses, is not found.
  if (!data) throw notFoundData(null, { status: 404 })
  const locale = localeOf(request)
  const now = new Date()
  const slots = data.slots.map((s) => ({
    id: s.id,
    booked: s.booked,
    consultationId: s.consultationId,
    bookedFor: s.bookedFor,
    text: slotTimes(s, s.timeZone, locale).clinic.text,
    local: localOfInstant(s.start, s.timeZone),
  }))
  const removal = removalAsked(slots, url.searchParams.get('remove'))
  return {
    clinics: data.clinics,
    clinic: data.clinic && {
      ...data.clinic,
      // The zone by name in the reader's language; the ids stay the options' values.
      zoneName: zoneName(locale, data.clinic.timeZone, now),
      zoneChoices: timeZoneChoices(locale, [...new Set([data.clinic.timeZone, ...data.clinic.zones])], now),
    },
    slots,
    removing: removal && 'ask' in removal ? removal.ask : null,
    removeGone: removal !== null && 'gone' in removal,
    // Only the codes this page knows, never text from the address bar.
    done:
      (['offered', 'removed', 'cancelled'] as const).find((c) => c === url.searchParams.get('done')) ?? null,
  }
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireArea(request, 'clinic')
  const fields = await readFields(request)
  const one = (name: string) => fields[name]?.[0] ?? ''
  const deps = await caseDeps()
  const clinic = one('clinic')
  if (one('command') === 'remove') {
    // A family may be about to book it: asked first, and only a confirmed removal is done.
    if (one('confirm') !== 'yes')
      throw redirect(
        `/clinic/consultation-slots?clinic=${encodeURIComponent(clinic)}&remove=${encodeURIComponent(one('slotId'))}#remove-slot`,
        303,
      )
    const removed = await removeSlot(deps, viewer.id as UserId, clinic, one('slotId'))
    if (!removed.ok) return refuse(removed.error, fields)
    throw redirect(`/clinic/consultation-slots?clinic=${encodeURIComponent(clinic)}&done=removed`, 303)
  }
  if (one('command') === 'cancel') {
    // Both choices are asked for at once, each on its own field.
    const missing = [
      ...(one('consultationId')
        ? []
        : [{ field: 'consultationId', key: 'slots.cancelWhichMissing' as const }]),
      ...(parseClinicCancelReason(one('reason')).ok
        ? []
        : [{ field: 'reason', key: 'refusal.consultation.reason-missing' as const }]),
    ]
    if (missing.length > 0) return failure(fields, missing)
    const cancelled = await cancelBookingForClinic(
      deps,
      { id: viewer.id as UserId, name: viewer.name, locale: viewer.locale },
      clinic,
      one('consultationId'),
      one('reason'),
    )
    if (!cancelled.ok) return refuse(cancelled.error, fields)
    throw redirect(`/clinic/consultation-slots?clinic=${encodeURIComponent(clinic)}&done=cancelled`, 303)
  }
  if (one('command') !== 'offer') return failure(fields, [{ field: 'date', key: 'error.generic' }])
  const offered = await offerSlot(deps, viewer.id as UserId, clinic, {
    date: one('date'),
    time: one('time'),
    minutes: one('minutes'),
    timeZone: one('timeZone'),
  })
  if (!offered.ok) {
    // The domain names the slot's start; the form asks for it as a date and a time.
    const e = offered.error
    if (!('code' in e)) return refuse(e, fields)
    return refuse('field' in e && e.field === 'start' ? { ...e, field: 'date' } : e, fields)
  }
  throw redirect(`/clinic/consultation-slots?clinic=${encodeURIComponent(clinic)}&done=offered`, 303)
}

const formOrder = ['date', 'time', 'minutes', 'timeZone', 'slotId', 'consultationId', 'reason']

const doneMessages = {
  offered: 'slots.offered',
  removed: 'slots.removed',
  cancelled: 'slots.cancelled',
} as const

export default function ConsultationSlots({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  useLocale()
  const failed = useFailure(actionData, formOrder)
  const { clinic, clinics, slots } = loaderData
  const booked = slots.filter((s) => s.booked && s.consultationId)
  return (
    <div>
      <PageHeader title={t('slots.title')} back="/clinic" failure={failed} />
      {loaderData.done && !failed.failed ? (
        <NotificationBanner title={t(doneMessages[loaderData.done])} />
      ) : null}
      {!clinic ? (
        <p className="body">{t('slots.noClinic')}</p>
      ) : (
        <>
          {clinics.length > 1 ? (
            <Form method="get" className="inline-form">
              <SelectField
                name="clinic"
                label={t('slots.clinic')}
                value={clinic.id}
                options={clinics.map((c) => ({ value: c.id, label: c.name }))}
              />
              <Button variant="secondary">{t('slots.show')}</Button>
            </Form>
          ) : null}
          {loaderData.removeGone && !failed.failed ? (
            <NotificationBanner tone="warning" title={t('slots.removeGone')}>
              <p className="body">{t('slots.removeGoneHint')}</p>
            </NotificationBanner>
          ) : null}
          {loaderData.removing ? (
            <AskFirst
              id="remove-slot"
              question={t('slots.removeQuestion', { when: loaderData.removing.text })}
              fields={{ command: 'remove', clinic: clinic.id, slotId: loaderData.removing.id }}
              yes={t('slots.removeYes')}
              no={t('slots.removeNo')}
              noTo={`?clinic=${encodeURIComponent(clinic.id)}`}
            >
              <p className="body">{t('slots.removeConsequence')}</p>
            </AskFirst>
          ) : null}
          <p className="body two-thirds">{t('slots.lede', { clinic: clinic.name, zone: clinic.zoneName })}</p>
          <h2 className="heading-m">{t('slots.offer')}</h2>
          <Form method="post" noValidate>
            <input type="hidden" name="command" value="offer" />
            <input type="hidden" name="clinic" value={clinic.id} />
            <Field
              name="date"
              label={t('slots.date')}
              hint={t('slots.dateHint', { days: furthestSlotDays })}
              width="half"
              dir="ltr"
              defaultValue={failed.value('date')}
              error={failed.errorFor('date')}
            />
            <Field
              name="time"
              label={t('slots.time')}
              hint={t('slots.timeHint')}
              width="half"
              dir="ltr"
              defaultValue={failed.value('time')}
              error={failed.errorFor('time')}
            />
            <Field
              name="minutes"
              label={t('slots.minutes')}
              hint={t('slots.minutesHint', { max: longestSlotMinutes })}
              width="code"
              inputMode="numeric"
              dir="ltr"
              defaultValue={failed.value('minutes', '30')}
              error={failed.errorFor('minutes')}
            />
            {clinic.zoneChoices.length > 1 ? (
              <SelectField
                name="timeZone"
                label={t('slots.timeZone')}
                value={failed.value('timeZone', clinic.timeZone) ?? clinic.timeZone}
                options={clinic.zoneChoices.map((z) => ({
                  value: z.zone,
                  label: t('intake.timeZone.option', z),
                }))}
                error={failed.errorFor('timeZone')}
              />
            ) : (
              // One zone for the clinic's country: said, not offered as a choice of one.
              <p className="body" id="timeZone" tabIndex={-1}>
                <input type="hidden" name="timeZone" value={clinic.timeZone} />
                {t('slots.timeZoneOnly', { zone: clinic.zoneName })}
              </p>
            )}
            <Button>{t('slots.offerButton')}</Button>
          </Form>
          <h2 className="heading-m" id="slots-heading">
            {t('slots.list')}
          </h2>
          <div id="slotId" tabIndex={-1}>
            <Table
              caption={t('slots.list')}
              empty={t('slots.none')}
              rows={slots}
              rowKey={(s) => s.id}
              columns={[
                { header: t('slots.col.when'), cell: (s) => s.text },
                {
                  header: t('slots.col.status'),
                  cell: (s) =>
                    s.booked ? (
                      <>
                        <Tag tone="green">{t('slots.booked')}</Tag>{' '}
                        {s.bookedFor ? (
                          <Link
                            to={`/clinic/referrals/${s.bookedFor.caseId}?provider=${encodeURIComponent(clinic.id)}`}
                          >
                            {t('slots.bookedFor', { reference: s.bookedFor.reference })}
                          </Link>
                        ) : null}
                      </>
                    ) : (
                      <Tag>{t('slots.free')}</Tag>
                    ),
                },
                {
                  header: t('slots.col.action'),
                  cell: (s) =>
                    s.booked ? null : (
                      <PostButton
                        fields={{ command: 'remove', clinic: clinic.id, slotId: s.id }}
                        label={t('slots.remove')}
                        context={s.text}
                      />
                    ),
                },
              ]}
            />
          </div>
          {booked.length > 0 ? (
            <>
              <h2 className="heading-m">{t('slots.cancel')}</h2>
              <Form method="post" noValidate>
                <input type="hidden" name="command" value="cancel" />
                <input type="hidden" name="clinic" value={clinic.id} />
                <p className="body two-thirds">{t('slots.cancelHint')}</p>
                <Choices
                  type="radio"
                  name="consultationId"
                  legend={t('slots.cancelWhich')}
                  error={failed.errorFor('consultationId')}
                  selected={failed.values('consultationId')}
                  options={booked.map((s) => ({ value: s.consultationId!, label: s.text }))}
                />
                <Choices
                  type="radio"
                  name="reason"
                  legend={t('slots.cancelReason')}
                  error={failed.errorFor('reason')}
                  selected={failed.values('reason')}
                  options={clinicCancelReasons.map((r) => ({
                    value: r,
                    label: t(`slots.cancelReason.${r}` as MessageKey),
                  }))}
                />
                <Button variant="warning">{t('slots.cancelButton')}</Button>
              </Form>
            </>
          ) : null}
        </>
      )}
    </div>
  )
}
