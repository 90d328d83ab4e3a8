import { Link } from 'react-router'
import { nextUnanswered, sectionQuestions, type IntakeSection } from '#domain/intake/questions.ts'
import { intakeTasks, taskStatuses, type IntakeTask, type TaskStatus } from '#domain/intake/task-list.ts'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { TaskList } from '#app/components/patterns/task-list.tsx'
import { Tag, type TagTone } from '#app/components/ui/tag.tsx'
import { CaseNav } from '#app/components/case-nav.tsx'
import { useT } from '#app/lib/i18n.ts'
import { answersOf, intakeStateOf } from '#server/use-cases/cases/case-records.ts'
import { requireMemberCase } from './member-case.server.ts'
import type { Route } from './+types/case'

export async function loader({ request, params }: Route.LoaderArgs) {
  const { rt, found } = await requireMemberCase(request, params.caseId)
  const answers = answersOf(found.key, found.row)
  const state = await intakeStateOf(rt.database.db, found.row, answers)
  const statuses = taskStatuses(state)
  const caseId = found.row.id
  const sectionHref = (section: IntakeSection) => {
    const next = nextUnanswered(section, answers) ?? sectionQuestions(section, answers)[0]
    if (section === 'alsfrs' && !nextUnanswered(section, answers))
      return `/patient/cases/${caseId}/alsfrs-result`
    return next ? `/patient/cases/${caseId}/questions/${next.id}` : undefined
  }
  const hrefs: Record<IntakeTask, string | undefined> = {
    about: sectionHref('about'),
    condition: sectionHref('condition'),
    alsfrs:
      statuses.alsfrs === 'not-applicable' || statuses.alsfrs === 'cannot-start'
        ? undefined
        : sectionHref('alsfrs'),
    goals: sectionHref('goals'),
    providers: `/patient/cases/${caseId}/providers`,
    records: `/patient/cases/${caseId}/documents`,
    consent: statuses.consent === 'cannot-start' ? undefined : `/patient/cases/${caseId}/consent`,
    check: statuses.check === 'cannot-start' ? undefined : `/patient/cases/${caseId}/check-answers`,
  }
  return {
    caseId,
    reference: found.row.reference,
    stage: found.row.stage,
    patientName: typeof answers['patient-name'] === 'string' ? answers['patient-name'] : null,
    statuses,
    hrefs,
    sent: new URL(request.url).searchParams.get('sent') === '1',
  }
}

const tone: Record<TaskStatus, TagTone> = {
  'not-started': 'blue',
  'in-progress': 'yellow',
  completed: 'green',
  optional: 'grey',
  'not-applicable': 'grey',
  'cannot-start': 'grey',
}

export default function CasePage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { stage, caseId } = loaderData
  const title = loaderData.patientName
    ? t('case.titleFor', { name: loaderData.patientName })
    : t('case.title', { reference: loaderData.reference })
  return (
    <div>
      <PageTitle title={title} />
      <p className="caption">{t('case.reference', { reference: loaderData.reference })}</p>
      <h1 className="heading-xl">{title}</h1>
      <p className="body">
        {t('case.stageLabel')}{' '}
        <Tag tone={stage === 'inquiry' ? 'blue' : 'green'}>{t(`case.stage.${stage}` as MessageKey)}</Tag>
      </p>
      <CaseNav caseId={caseId} current="case" />
      {loaderData.sent && stage !== 'inquiry' ? (
        <NotificationBanner title={t('case.sentBanner.title')}>
          {t('case.sentBanner.body')}
        </NotificationBanner>
      ) : null}
      {stage === 'inquiry' ? (
        <div className="two-thirds">
          <p className="body">{t('case.tasks.lede')}</p>
          <TaskList
            items={intakeTasks.map((task) => ({
              id: `task-${task}`,
              label: t(`case.task.${task}` as MessageKey),
              hint: task === 'records' ? t('case.task.records.hint') : undefined,
              href: loaderData.hrefs[task],
              status: t(`case.taskStatus.${loaderData.statuses[task]}` as MessageKey),
              tone: tone[loaderData.statuses[task]],
            }))}
          />
        </div>
      ) : (
        <div className="two-thirds">
          <p className="body">{t(`case.stageExplained.${stage}` as MessageKey)}</p>
          <ul className="list list--bullet">
            <li>
              <Link to={`/patient/cases/${caseId}/messages`}>{t('case.nav.messages')}</Link>
            </li>
            <li>
              <Link to={`/patient/cases/${caseId}/documents`}>{t('case.nav.documents')}</Link>
            </li>
            <li>
              <Link to={`/patient/cases/${caseId}/consent`}>{t('case.nav.consent')}</Link>
            </li>
          </ul>
        </div>
      )}
    </div>
  )
}
