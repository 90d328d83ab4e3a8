import { Conversation } from '#app/components/conversation.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { failureView } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { readConversation, sendMessageAction } from '#app/forms/message-action.server.ts'
import type { Route } from './+types/case-messages'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    ...(await readConversation(handle, request)),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  return sendMessageAction(handle, request, `/coordinator/cases/${handle.case.id}/messages`)
}

export default function CoordinatorMessages({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = failureView(actionData ?? loaderData.failure, t)
  return (
    <div>
      <PageHeader
        title={t('coordinatorCase.messagesTitle', { reference: loaderData.reference })}
        back={`/coordinator/cases/${loaderData.caseId}`}
        failed={failed.failed}
      />
      <Conversation
        caseId={loaderData.caseId}
        messages={loaderData.messages}
        action={`/coordinator/cases/${loaderData.caseId}/messages`}
        failed={failed}
        sent={loaderData.sent}
      />
    </div>
  )
}
