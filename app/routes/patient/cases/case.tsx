import { Link } from 'react-router'
import {
  cannotStartReasons,
  intakeTasks,
  taskStatuses,
  type CannotStartReason,
  type IntakeTask,
  type TaskStatus,
} from '#domain/intake/task-list.ts'
import { formatList } from '#domain/i18n/format.ts'
import { taskTargets, type TaskTarget } from '#domain/intake/task-targets.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { TaskList } from '#app/components/patterns/task-list.tsx'
import { Tag, type TagTone } from '#app/components/ui/tag.tsx'
import { CaseNav } from '#app/components/case-nav.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { casePath, questionPath } from '#app/lib/case-paths.ts'
import { requireCase } from '#app/case.server.ts'
import type { Route } from './+types/case'

function hrefOf(caseId: string, target: TaskTarget): string | undefined {
  if (!target) return undefined
  if (target.to === 'question') return questionPath(caseId, target.questionId)
  return casePath(caseId, target.to === 'alsfrs-result' ? 'alsfrs-result' : target.page)
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const answers = handle.answers()
  const state = await handle.intakeState()
  const statuses = taskStatuses(state)
  const targets = taskTargets(answers, statuses)
  const caseId = handle.case.id
  const hrefs = Object.fromEntries(
    intakeTasks.map((task) => [task, hrefOf(caseId, targets[task])]),
  ) as Record<IntakeTask, string | undefined>
  return {
    caseId,
    reference: handle.case.reference,
    stage: handle.case.stage,
    patientName: typeof answers['patient-name'] === 'string' ? answers['patient-name'] : null,
    statuses,
    cannotStart: cannotStartReasons(state),
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

/** Why a task cannot start yet, and what to do first, in the viewer's words. */
function useWhyNotYet() {
  const t = useT()
  const locale = useLocale()
  return (reason: CannotStartReason) =>
    reason.code === 'tasks-first'
      ? t('case.cannotStart.tasks-first', {
          tasks: formatList(
            locale,
            reason.tasks.map((task) => t(`case.task.${task}` as MessageKey)),
          ),
        })
      : t(`case.cannotStart.${reason.code}`)
}

export default function CasePage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const whyNotYet = useWhyNotYet()
  const { stage, caseId } = loaderData
  const title = loaderData.patientName
    ? t('case.titleFor', { name: loaderData.patientName })
    : t('case.title', { reference: loaderData.reference })
  return (
    <div>
      <PageHeader title={title} caption={t('case.reference', { reference: loaderData.reference })} />
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
              hint: loaderData.cannotStart[task]
                ? whyNotYet(loaderData.cannotStart[task])
                : task === 'records'
                  ? t('case.task.records.hint')
                  : undefined,
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
