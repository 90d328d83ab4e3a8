import { Form, Link, redirect } from 'react-router'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { AreaHome } from '#app/components/area-landing.tsx'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useT } from '#app/lib/i18n.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { requireArea } from '#app/request.server.ts'
import { caseDeps } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import { casesOfPerson } from '#server/use-cases/cases/case-lists.ts'
import { startCase } from '#server/use-cases/cases/start-case.ts'
import type { Route } from './+types/home'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireArea(request, 'patient')
  const cases = await casesOfPerson(await caseDeps(), user.id)
  // Back from the confirmation email: said here, on the page where a first case starts.
  const verified = new URL(request.url).searchParams.has('verified')
  return { user: { name: user.name, role: user.role }, cases, verified }
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireArea(request, 'patient')
  const fields = await readFields(request)
  const started = await startCase(await caseDeps(), user, { resumeUntouched: true })
  if (!started.ok) return refuse(started.error, fields)
  throw redirect(`/patient/cases/${started.value.caseId}`, 303)
}

export default function PatientHome({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData)
  return (
    <AreaHome area="patient" user={loaderData.user}>
      {loaderData.verified ? <NotificationBanner tone="success" title={t('signIn.verified')} /> : null}
      {loaderData.user.role === 'caregiver' ? (
        <NotificationBanner title={t('role.caregiver')}>{t('caregiver.note')}</NotificationBanner>
      ) : null}
      <h2 className="heading-l">{t('cases.title')}</h2>
      {loaderData.cases.length === 0 ? (
        <p className="body">{t('cases.none')}</p>
      ) : (
        <ul className="list" data-testid="my-cases">
          {loaderData.cases.map((c) => (
            <li key={c.id}>
              <Link to={`/patient/cases/${c.id}`}>
                {c.patientName ? <span dir="auto">{c.patientName}</span> : t('cases.untitled')} ({c.reference}
                )
              </Link>{' '}
              <Tag tone={c.stage === 'inquiry' ? 'blue' : 'green'}>
                {t(`case.stage.${c.stage}` as MessageKey)}
              </Tag>
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary errors={failed.list} />
      <Form method="post">
        <Button id="start">{t('cases.start')}</Button>
      </Form>
    </AreaHome>
  )
}
