import { Conversation, withAttachments } from '#app/components/conversation.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { failureView } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failureOfCodes } from '#app/forms/action.server.ts'
import { sendMessageAction } from '#app/forms/message-action.server.ts'
import type { Route } from './+types/case-messages'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const [messages, documents] = await Promise.all([handle.messages(), handle.documents()])
  const error = new URL(request.url).searchParams.get('error')
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    messages: withAttachments(messages, documents),
    failure: error ? failureOfCodes([{ code: error }]) : null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  return sendMessageAction(handle, request, `/coordinator/cases/${handle.case.id}/messages`)
}

export default function CoordinatorMessages({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = failureView(actionData ?? loaderData.failure, t)
  const error = failed.list[0]?.message
  return (
    <div>
      <PageHeader
        title={t('coordinatorCase.messagesTitle', { reference: loaderData.reference })}
        back={`/coordinator/cases/${loaderData.caseId}`}
        failed={Boolean(error)}
      />
      <Conversation
        caseId={loaderData.caseId}
        messages={loaderData.messages}
        action={`/coordinator/cases/${loaderData.caseId}/messages`}
        error={error}
        draft={failed.value('body')}
      />
    </div>
  )
}
