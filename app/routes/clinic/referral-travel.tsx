import { Form, redirect } from 'react-router'
import { Field } from '#app/components/patterns/field.tsx'
import { FileField } from '#app/components/patterns/file-field.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { LetterStatus, TravelRules, TravellerTable } from '#app/components/travel-summary.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, refuse, type FormFields } from '#app/forms/action.server.ts'
import { travelData } from '#app/travel.server.ts'
import type { Route } from './+types/referral-travel'

// The treating clinic's side of the visa (issue 17): the travellers with
// passports masked, and the form for its signed, pre-validated invitation
// letter. Waypoint checks the fields against every traveller before it
// stores the PDF. Only the clinic whose plan was accepted sees any of it.
const letterFields = [
  'patientName',
  'patientPassport',
  'patientNationality',
  'attendants.0.name',
  'attendants.0.passport',
  'attendants.1.name',
  'attendants.1.passport',
  'treatment',
  'arrival',
  'departure',
  'treatingDoctor',
  'prevalidationReference',
  'file',
] as const

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'clinic')
  const view = await handle.travel()
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    providerId: handle.providerId,
    travel: view ? travelData(view) : null,
    uploaded: new URL(request.url).searchParams.get('done') === 'uploaded',
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'clinic')
  const done = await handle.uploadInvitationLetter(request)
  const typed: FormFields = Object.fromEntries(Object.entries(done.fields ?? {}).map(([k, v]) => [k, [v]]))
  if (!done.ok) {
    const error = done.error
    if (typeof error === 'string') return failure(typed, [{ field: 'file', key: 'travel.error.fileMissing' }])
    // The browser drops the chosen PDF on a refused post: a problem with another field asks for it again.
    return refuse(error.code === 'letter.problems' ? error.problems : error, typed, {
      file: { field: 'file', again: 'upload.error.choosePdfAgain' },
    })
  }
  throw redirect(
    `/clinic/referrals/${handle.case.id}/travel?provider=${encodeURIComponent(handle.providerId)}&done=uploaded`,
    303,
  )
}

export default function ClinicTravel({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const d = loaderData
  const failed = useFailure(actionData, letterFields)
  const back = `/clinic/referrals/${d.caseId}?provider=${encodeURIComponent(d.providerId)}`
  const text = (name: (typeof letterFields)[number], label: string, hint?: string) => (
    <Field
      key={name}
      name={name}
      label={label}
      hint={hint}
      defaultValue={failed.value(name)}
      error={failed.errorFor(name)}
      autoComplete="off"
      dir={name.includes('assport') || name === 'arrival' || name === 'departure' ? 'ltr' : undefined}
    />
  )
  const attendants = d.travel?.travellers.filter((r) => r.role === 'attendant').length ?? 0
  return (
    <div>
      <PageHeader title={`${t('travel.title')} · ${d.reference}`} back={back} failure={failed} />
      {d.uploaded && !failed.failed ? (
        <NotificationBanner tone="success" title={t('travel.done.uploaded')} />
      ) : null}
      <div className="two-thirds">
        {!d.travel ? (
          <p className="body">{t('travel.noPlanClinic')}</p>
        ) : (
          <>
            <TravelRules data={d.travel} />
            <TravellerTable data={d.travel} />
            <LetterStatus
              data={d.travel}
              // The clinic's own letter, whatever the family shares (ADR 0069).
              downloadHref={
                d.travel.letter?.documentId
                  ? `/cases/${d.caseId}/documents/${d.travel.letter.documentId}?provider=${encodeURIComponent(d.providerId)}`
                  : null
              }
            />
            {!d.travel.nextSteps.includes('upload-letter') ? (
              d.travel.visaClosed ? (
                <p className="body" data-testid="visa-closed">
                  {t('travel.visaClosed')}
                </p>
              ) : d.travel.letter ? null : (
                <p className="body">{t('travel.upload.waiting')}</p>
              )
            ) : (
              <Form
                method="post"
                encType="multipart/form-data"
                action={`/clinic/referrals/${d.caseId}/travel?provider=${encodeURIComponent(d.providerId)}`}
                noValidate
              >
                <h2 className="heading-m">{t('travel.upload.heading')}</h2>
                <p className="body">{t('travel.upload.lede')}</p>
                {/* The fields come before the file: the server checks them as the file arrives. */}
                {text('patientName', t('travel.upload.patientName'))}
                {text('patientPassport', t('travel.upload.patientPassport'))}
                {text(
                  'patientNationality',
                  t('travel.upload.patientNationality'),
                  t('travel.add.nationalityHint'),
                )}
                {Array.from({ length: Math.max(attendants, 1) }, (_, i) => [
                  text(
                    `attendants.${i}.name` as (typeof letterFields)[number],
                    t('travel.upload.attendantName', { n: i + 1 }),
                  ),
                  text(
                    `attendants.${i}.passport` as (typeof letterFields)[number],
                    t('travel.upload.attendantPassport', { n: i + 1 }),
                  ),
                ])}
                {text('treatment', t('travel.upload.treatment'))}
                {text('arrival', t('travel.upload.arrival'), t('travel.add.dateHint'))}
                {text('departure', t('travel.upload.departure'), t('travel.add.dateHint'))}
                {text('treatingDoctor', t('travel.upload.treatingDoctor'))}
                {text('prevalidationReference', t('travel.upload.prevalidationReference'))}
                <FileField
                  label={t('travel.upload.file')}
                  error={failed.errorFor('file')}
                  accept="application/pdf"
                  result={actionData}
                />
                <Button>{t('travel.upload.submit')}</Button>
              </Form>
            )}
          </>
        )}
      </div>
    </div>
  )
}
