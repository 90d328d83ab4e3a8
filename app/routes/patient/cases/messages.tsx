import { CasePage } from '#app/components/case-nav.tsx'
import { Conversation, withAttachments } from '#app/components/conversation.tsx'
import { failureView } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failureOfCodes } from '#app/forms/action.server.ts'
import { sendMessageAction } from '#app/forms/message-action.server.ts'
import type { Route } from './+types/messages'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const [messages, documents] = await Promise.all([handle.messages(), handle.documents()])
  const error = new URL(request.url).searchParams.get('error')
  return {
    caseId: handle.case.id,
    messages: withAttachments(messages, documents),
    failure: error ? failureOfCodes([{ code: error }]) : null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  return sendMessageAction(handle, request, casePath(handle.case.id, 'messages'))
}

export default function PatientMessages({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = failureView(actionData ?? loaderData.failure, t)
  const error = failed.list[0]?.message
  return (
    <CasePage
      caseId={loaderData.caseId}
      current="messages"
      title={t('messages.title')}
      failed={Boolean(error)}
    >
      <p className="body two-thirds">{t('messages.lede')}</p>
      <Conversation
        caseId={loaderData.caseId}
        messages={loaderData.messages}
        action={casePath(loaderData.caseId, 'messages')}
        error={error}
        draft={failed.value('body')}
      />
    </CasePage>
  )
}
