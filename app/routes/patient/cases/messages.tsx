import { CasePage } from '#app/components/case-nav.tsx'
import { Conversation } from '#app/components/conversation.tsx'
import { failureView } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { readConversation, sendMessageAction } from '#app/forms/message-action.server.ts'
import type { Route } from './+types/messages'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  return { caseId: handle.case.id, ...(await readConversation(handle, request)) }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  return sendMessageAction(handle, request, casePath(handle.case.id, 'messages'))
}

export default function PatientMessages({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = failureView(actionData ?? loaderData.failure, t)
  return (
    <CasePage
      caseId={loaderData.caseId}
      current="messages"
      title={t('messages.title')}
      failed={failed.failed}
    >
      <p className="body two-thirds">{t('messages.lede')}</p>
      <Conversation
        caseId={loaderData.caseId}
        messages={loaderData.messages}
        action={casePath(loaderData.caseId, 'messages')}
        failed={failed}
        sent={loaderData.sent}
      />
    </CasePage>
  )
}
