import { Form, redirect } from 'react-router'
import { CasePage } from '#app/components/case-nav.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import {
  LetterStatus,
  TravelRules,
  TravellerTable,
  travellerFields,
} from '#app/components/travel-summary.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { travelData, travellerSchema } from '#app/travel.server.ts'
import type { Route } from './+types/travel'

// The family's travel documents (issue 17): who travels, their passports
// masked, the visa's rules and where the hospital's letter and the visa stand.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const view = await handle.travel()
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    travel: view ? travelData(view) : null,
    added: new URL(request.url).searchParams.get('added') === '1',
    removed: new URL(request.url).searchParams.get('removed') === '1',
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const form = await readForm(request)
  if (form.get('intent') === 'remove') {
    const removed = await handle.removeTraveller(String(form.get('traveller') ?? ''))
    if (!removed.ok) return refuse(removed.error)
    throw redirect(`${casePath(handle.case.id, 'travel')}?removed=1#travellers`, 303)
  }
  const parsed = parseForm(form, travellerSchema)
  if (!parsed.ok) return parsed.response
  const added = await handle.addTraveller(parsed.value)
  if (!added.ok)
    return refuse(
      added.error.code === 'traveller.problems' ? added.error.problems : added.error,
      parsed.fields,
    )
  throw redirect(`${casePath(handle.case.id, 'travel')}?added=1`, 303)
}

export default function TravelPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, travellerFields)
  const { travel, caseId } = loaderData
  return (
    <CasePage caseId={caseId} current="travel" title={t('travel.title')} failure={failed}>
      {loaderData.added && !failed.failed ? (
        <NotificationBanner tone="success" title={t('travel.done.added')} />
      ) : null}
      {loaderData.removed && !failed.failed ? (
        <NotificationBanner tone="success" title={t('travel.done.removed')} />
      ) : null}
      <div className="two-thirds">
        <p className="body">{t('travel.lede', { reference: loaderData.reference })}</p>
        {!travel ? <p className="body">{t('travel.noPlan')}</p> : <TravelRules data={travel} />}
      </div>
      {travel ? (
        <>
          {/* The table takes the page's width: its passport columns and Remove buttons are clipped in a column. */}
          {/* Until the letter is asked for, a traveller added by mistake comes off the list. */}
          <TravellerTable data={travel} removable={travel.letter === null} />
          <div className="two-thirds">
            {travel.rules ? <AddTraveller travel={travel} failed={failed} /> : null}
            <LetterStatus
              data={travel}
              downloadHref={
                travel.letter?.documentId ? `/cases/${caseId}/documents/${travel.letter.documentId}` : null
              }
            />
          </div>
        </>
      ) : null}
    </CasePage>
  )
}

function AddTraveller({
  travel,
  failed,
}: {
  travel: NonNullable<Route.ComponentProps['loaderData']['travel']>
  failed: ReturnType<typeof useFailure>
}) {
  const t = useT()
  const hasPatient = travel.travellers.some((r) => r.role === 'patient')
  if (hasPatient && travel.attendantsLeft === 0 && !failed.failed)
    return <p className="body">{t('travel.add.full', { max: travel.rules?.attendants.max ?? 0 })}</p>
  return (
    <Form method="post" noValidate>
      <h2 className="heading-m">{t('travel.add.heading')}</h2>
      <SelectField
        name="role"
        label={t('travel.add.role')}
        value={failed.value('role') ?? (hasPatient ? 'attendant' : 'patient')}
        error={failed.errorFor('role')}
        options={[
          { value: 'patient', label: t('travel.role.patient') },
          { value: 'attendant', label: t('travel.role.attendant') },
        ]}
      />
      <Field
        name="name"
        label={t('travel.add.name')}
        defaultValue={failed.value('name')}
        error={failed.errorFor('name')}
        autoComplete="off"
      />
      <Field
        name="nationality"
        label={t('travel.add.nationality')}
        hint={t('travel.add.nationalityHint')}
        defaultValue={failed.value('nationality')}
        error={failed.errorFor('nationality')}
        width="code"
        dir="ltr"
        autoComplete="off"
      />
      <Field
        name="passportNumber"
        label={t('travel.add.passportNumber')}
        hint={t('travel.add.passportHint')}
        defaultValue={failed.value('passportNumber')}
        error={failed.errorFor('passportNumber')}
        width="half"
        dir="ltr"
        autoComplete="off"
      />
      <Field
        name="passportExpiry"
        label={t('travel.add.expiry')}
        hint={t('travel.add.dateHint')}
        defaultValue={failed.value('passportExpiry')}
        error={failed.errorFor('passportExpiry')}
        width="half"
        dir="ltr"
        autoComplete="off"
      />
      <Button>{t('travel.add.submit')}</Button>
    </Form>
  )
}
