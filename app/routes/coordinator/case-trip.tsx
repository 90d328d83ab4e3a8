import { Link, redirect } from 'react-router'
import type { FitToFlyRecord } from '#domain/travel/fit-to-fly.ts'
import { fieldsOfItem, tripItemKinds, type TripItemKind } from '#domain/travel/trip-items.ts'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { FitToFlyForm, TripItemForm, fitFields, itemFieldOrder } from '#app/components/trip-forms.tsx'
import { Checklist, FitToFlySummary, Itinerary, VisaNotice } from '#app/components/trip-itinerary.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import { itemRawOf, rawOf, tripData } from '#app/trip.server.ts'
import type { Route } from './+types/case-trip'

// The coordinator's trip page (issue 17, ADR 0064): records the fit-to-fly
// check, then builds the travel plan, item by item; no flight is accepted
// until the check lets the person fly. Every read is audited by the use case.
const doneCodes = ['fit', 'added', 'changed', 'removed'] as const
const kindOf = (raw: string | null | undefined): TripItemKind | null =>
  tripItemKinds.find((k) => k === raw) ?? null

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const view = await handle.trip()
  const q = new URL(request.url).searchParams
  const editing = view ? [...view.timed, ...view.people].find((i) => i.id === q.get('edit')) : undefined
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    trip: view ? tripData(view) : null,
    fitValues: view?.fitToFly?.record ? recordValues(view.fitToFly.record) : (view?.suggested ?? {}),
    suggested: !view?.fitToFly,
    mayBook: view?.fitToFly?.mayBook ?? false,
    adding: kindOf(q.get('add')),
    editing: editing
      ? {
          id: editing.id,
          version: editing.version,
          kind: editing.item.kind,
          values: fieldsOfItem(editing.item),
        }
      : null,
    done: doneCodes.find((c) => c === q.get('done')) ?? null,
  }
}

function recordValues(r: FitToFlyRecord): Record<string, string> {
  const yn = (b: boolean) => (b ? 'yes' : 'no')
  return {
    homeVentilation: yn(r.homeVentilation),
    orthopnoea: yn(r.orthopnoea),
    fvcPercent: r.fvc ? String(r.fvc.percent) : '',
    fvcDate: r.fvc?.date ?? '',
    bulbar: r.bulbar,
    signOffBy: r.signOff?.by ?? '',
    signOffDate: r.signOff?.date ?? '',
    hypoxicChallenge: r.hypoxicChallenge,
    oxygenPlanned: yn(r.oxygenPlanned),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const fields = await readFields(request)
  const one = (name: string) => fields[name]?.[0] ?? ''
  const back = (done: (typeof doneCodes)[number]) =>
    redirect(`/coordinator/cases/${handle.case.id}/trip?done=${done}`, 303)
  const version = Number(one('version'))
  switch (one('command')) {
    case 'fit': {
      const r = await handle.recordFitToFly(rawOf(fields))
      if (!r.ok) return refuse(r.error, fields)
      throw back('fit')
    }
    case 'add': {
      const r = await handle.addTripItem(one('kind'), itemRawOf(fields))
      if (!r.ok) return refuse(r.error, fields)
      throw back('added')
    }
    case 'change': {
      if (!Number.isSafeInteger(version)) break
      const r = await handle.changeTripItem(one('itemId'), version, itemRawOf(fields))
      if (!r.ok) return refuse(r.error, fields)
      throw back('changed')
    }
    case 'remove': {
      if (!Number.isSafeInteger(version)) break
      const r = await handle.removeTripItem(one('itemId'), version)
      if (!r.ok) return refuse(r.error, fields)
      throw back('removed')
    }
  }
  return failure(fields, [{ field: 'form', key: 'error.generic' }])
}

export default function CoordinatorTrip({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const d = loaderData
  const failed = useFailure(actionData, [...fitFields, ...itemFieldOrder])
  const command = failed.value('command')
  // After a refusal, the form that was sent is shown again with what was typed.
  const formKind = kindOf(command === 'add' || command === 'change' ? failed.value('kind') : null)
  const adding = command === 'add' ? formKind : d.adding
  const editing =
    command === 'change' && formKind
      ? {
          id: failed.value('itemId') ?? '',
          version: Number(failed.value('version')),
          kind: formKind,
          values: {},
        }
      : d.editing
  return (
    <div>
      <PageHeader
        title={`${t('trip.title')} · ${d.reference}`}
        back={`/coordinator/cases/${d.caseId}`}
        failure={failed}
      />
      {d.done && !failed.failed ? (
        <NotificationBanner tone="success" title={t(`trip.done.${d.done}`)} />
      ) : null}
      <div className="two-thirds" id="form">
        {!d.trip ? (
          <p className="body">{t('trip.noPlan')}</p>
        ) : (
          <>
            <VisaNotice visa={d.trip.visa} />
            <FitToFlySummary fit={d.trip.fitToFly} />
            <FitToFlyForm
              values={d.fitValues}
              failed={command === 'fit' ? failed : noFailure(failed)}
              suggested={d.suggested}
            />
            <Itinerary
              trip={d.trip}
              calendarHref={`/cases/${d.caseId}/itinerary.ics`}
              actions={(i) => (
                // A div, not a p: a form may not sit in a paragraph, and the
                // browser's parser would split it (React's hydration error 418).
                <div className="body">
                  <Link to={`?edit=${i.id}#item-form`}>
                    {t('trip.item.edit')}
                    <span className="visually-hidden"> {t(`trip.kind.${i.item.kind}`)}</span>
                  </Link>{' '}
                  <PostButton
                    fields={{ command: 'remove', itemId: i.id, version: String(i.version) }}
                    label={t('trip.item.remove')}
                    context={t(`trip.kind.${i.item.kind}`)}
                  />
                </div>
              )}
            />
            {editing ? (
              <TripItemForm
                kind={editing.kind}
                values={editing.values}
                failed={command === 'change' ? failed : noFailure(failed)}
                item={{ id: editing.id, version: editing.version }}
              />
            ) : null}
            <h2 className="heading-m">{t('trip.add.heading')}</h2>
            <ul className="list">
              {tripItemKinds.map((k) => (
                <li key={k}>
                  <Link to={`?add=${k}#item-form`}>{t(`trip.add.kind.${k}`)}</Link>
                  {k === 'flight' && !d.mayBook ? <> — {t('refusal.trip.fit-to-fly-first')}</> : null}
                </li>
              ))}
            </ul>
            {adding && !editing ? (
              <TripItemForm
                kind={adding}
                values={{}}
                failed={command === 'add' ? failed : noFailure(failed)}
              />
            ) : null}
            <Checklist checklist={d.trip.checklist} editable={false} />
          </>
        )}
      </div>
    </div>
  )
}

/** A form that was not the one sent: empty, no errors. */
function noFailure(failed: ReturnType<typeof useFailure>): ReturnType<typeof useFailure> {
  return {
    ...failed,
    failed: false,
    entered: null,
    list: [],
    errorFor: () => undefined,
    value: (_f, fallback) => fallback ?? undefined,
    values: (_f, fallback = []) => [...fallback],
  }
}
