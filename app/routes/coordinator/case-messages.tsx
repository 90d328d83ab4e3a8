import { data, Link, redirect } from 'react-router'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { Conversation, withAttachments } from '#app/components/conversation.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireArea, runtime } from '#app/request.server.ts'
import { openCaseForCoordinator } from '#server/use-cases/cases/list-cases.ts'
import { listMessages } from '#server/use-cases/cases/messages.ts'
import { sendMessageForm } from '#server/use-cases/cases/send-message.ts'
import { listCaseDocuments } from '#server/use-cases/documents/case-documents.ts'
import type { Route } from './+types/case-messages'

async function open(request: Request, caseId: string) {
  const viewer = await requireArea(request, 'coordinator')
  const rt = await runtime()
  if (!/^[0-9a-f-]{36}$/.test(caseId)) throw data(null, { status: 404 })
  const opened = await openCaseForCoordinator(rt, viewer, caseId, request.headers.get('x-request-id'))
  if (!opened) throw data(null, { status: 404 })
  return { viewer, rt, opened }
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { rt, opened } = await open(request, params.caseId)
  const [messages, documents] = await Promise.all([
    listMessages(rt, opened.row.id, opened.key),
    listCaseDocuments(rt, opened.row.id, opened.key),
  ])
  return {
    caseId: opened.row.id,
    reference: opened.row.reference,
    messages: withAttachments(messages, documents),
    error: new URL(request.url).searchParams.get('error'),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { rt, viewer, opened } = await open(request, params.caseId)
  const base = `/coordinator/cases/${opened.row.id}/messages`
  const sent = await sendMessageForm(
    rt,
    { row: opened.row, key: opened.key, authorUserId: viewer.id, side: 'coordinator' },
    request,
  )
  if (sent.ok) throw redirect(base, 303)
  if (sent.error.unreadable)
    throw redirect(`${base}?error=${sent.error.key.replace('documents.refusal.', '')}`, 303)
  return data({ error: sent.error.key, draft: sent.error.draft }, { status: 400 })
}

export default function CoordinatorMessages({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const errorKey = actionData?.error ?? (loaderData.error ? `documents.refusal.${loaderData.error}` : null)
  const error = errorKey ? t(errorKey as MessageKey, { max: 5000 }) : undefined
  return (
    <div>
      <PageTitle
        title={t('coordinatorCase.messagesTitle', { reference: loaderData.reference })}
        error={Boolean(error)}
      />
      <Link to={`/coordinator/cases/${loaderData.caseId}`} className="back-link">
        {t('form.back')}
      </Link>
      <h1 className="heading-xl">
        {t('coordinatorCase.messagesTitle', { reference: loaderData.reference })}
      </h1>
      <Conversation
        caseId={loaderData.caseId}
        messages={loaderData.messages}
        action={`/coordinator/cases/${loaderData.caseId}/messages`}
        error={error}
        draft={actionData?.draft}
      />
    </div>
  )
}
